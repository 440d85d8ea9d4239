namespace PeerLearning;

/// <summary>
/// A junior mentors a senior on the skills where the junior's proficiency exceeds the senior's
/// (digital tools, new practices, a younger generation's view).
/// </summary>
public sealed record ReverseMentoringProgram : ProgramDefinition
{
    /// <summary>The senior must be at least this many seniority levels above the junior mentor.</summary>
    public int MinSeniorityGap { get; init; } = 2;

    /// <summary>On a skill the senior wants to learn, the junior must know at least this many levels more.</summary>
    public int MinSkillAdvantage { get; init; } = 1;

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.ReverseMentor, ProgramRole.ReverseMentee];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        if (MinSeniorityGap < 0)
        {
            yield return (nameof(MinSeniorityGap), $"must not be negative, was {MinSeniorityGap}");
        }

        if (MinSkillAdvantage is < 1 or > SkillProficiency.MaxLevel)
        {
            yield return (nameof(MinSkillAdvantage), $"must be from 1 to {SkillProficiency.MaxLevel}, was {MinSkillAdvantage}");
        }
    }
}
