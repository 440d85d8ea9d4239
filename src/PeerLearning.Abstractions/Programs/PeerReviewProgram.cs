namespace PeerLearning;

/// <summary>Peers review each other's work against a rubric; each submission gets <see cref="ReviewersPerSubmission"/> reviewers.</summary>
public sealed record PeerReviewProgram : ProgramDefinition
{
    /// <summary>Reviewers per submission (k).</summary>
    public int ReviewersPerSubmission { get; init; } = 3;

    /// <summary>Prefer reviewers from other departments than the authors.</summary>
    public bool SpreadAcrossDepartments { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.Reviewer];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        if (ReviewersPerSubmission < 1)
        {
            yield return (nameof(ReviewersPerSubmission), $"must be at least 1, was {ReviewersPerSubmission}");
        }
    }
}
