namespace PeerLearning.Matching;

/// <summary>
/// <see cref="MatchingCriteria.TimeZoneOverlap"/>: the share of the program's working day the two have in common,
/// from their IANA time zones on the program's date (daylight saving time applies). Unknown zones score 0.
/// </summary>
/// <param name="date">The date offsets are taken at when the program sets no <see cref="ProgramDefinition.AsOf"/>.</param>
public sealed class TimeZoneOverlapScorer(DateOnly date) : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.TimeZoneOverlap;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        ArgumentNullException.ThrowIfNull(program);
        var on = program.AsOf ?? date;
        if (WorkingHoursOverlap.UtcOffsetHours(provider.TimeZone, on) is not { } a || WorkingHoursOverlap.UtcOffsetHours(seeker.TimeZone, on) is not { } b)
        {
            return 0;
        }

        var hours = program.Constraints.WorkingHours;
        return WorkingHoursOverlap.Hours(a, b, hours) / (hours.EndHour - hours.StartHour);
    }
}
