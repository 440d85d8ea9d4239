namespace PeerLearning.Matching;

/// <summary>
/// <see cref="MatchingCriteria.Department"/>: 1 when the departments are the same or different as the program
/// prefers (mentoring: its setting; buddies: same; otherwise no preference, always 1). Unknown departments differ.
/// </summary>
public sealed class DepartmentScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.Department;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        var same = provider.Department is not null && string.Equals(provider.Department, seeker.Department, StringComparison.OrdinalIgnoreCase);
        return CriterionRules.Department(CriterionRules.Department(program), same);
    }
}
