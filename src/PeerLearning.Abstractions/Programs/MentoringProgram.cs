namespace PeerLearning;

/// <summary>Pairs mentees with mentors; a mentor takes up to their capacity, a mentee gets <see cref="MentorsPerMentee"/> mentors.</summary>
public sealed record MentoringProgram : ProgramDefinition
{
    /// <summary>How many mentors each mentee gets.</summary>
    public int MentorsPerMentee { get; init; } = 1;

    /// <summary>The smallest preferred seniority gap (mentor minus mentee).</summary>
    public int MinSeniorityGap { get; init; } = 1;

    /// <summary>The largest preferred seniority gap (mentor minus mentee).</summary>
    public int MaxSeniorityGap { get; init; } = 4;

    /// <summary>Same or different department.</summary>
    public DepartmentPreference DepartmentPreference { get; init; } = DepartmentPreference.Different;

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.Mentor, ProgramRole.Mentee];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        if (MentorsPerMentee < 1)
        {
            yield return (nameof(MentorsPerMentee), $"must be at least 1, was {MentorsPerMentee}");
        }

        if (MaxSeniorityGap < MinSeniorityGap)
        {
            yield return (nameof(MaxSeniorityGap), $"must be at least MinSeniorityGap ({MinSeniorityGap}), was {MaxSeniorityGap}");
        }
    }
}
