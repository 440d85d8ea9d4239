namespace PeerLearning.Matching;

/// <summary>
/// <see cref="MatchingCriteria.SeniorityGap"/>: 1 inside the program's preferred gap (mentoring: mentor minus mentee
/// within the program's range; reverse mentoring: the senior at least the minimum gap above the junior mentor;
/// buddies: the buddy at least as senior), falling by a quarter per level outside it.
/// </summary>
public sealed class SeniorityGapScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.SeniorityGap;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        return CriterionRules.Seniority(program, provider.SeniorityLevel, seeker.SeniorityLevel);
    }
}
