namespace PeerLearning.Matching;

/// <summary><see cref="MatchingCriteria.Availability"/>: the smaller of the two monthly availabilities against 4 hours a month, capped at 1.</summary>
public sealed class AvailabilityScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.Availability;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        return CriterionRules.Availability(provider.AvailabilityHoursPerMonth, seeker.AvailabilityHoursPerMonth);
    }
}
