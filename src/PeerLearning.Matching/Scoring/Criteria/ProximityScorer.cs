namespace PeerLearning.Matching;

/// <summary>
/// <see cref="MatchingCriteria.Proximity"/>: for onboarding buddies, the share of the program's preferences met
/// (same site, same team; 1 when it prefers neither); for other programs, 1 for the same site. Unknown values differ.
/// </summary>
public sealed class ProximityScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.Proximity;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        var sameSite = Same(provider.Location, seeker.Location);
        if (program is not OnboardingBuddyProgram buddy)
        {
            return sameSite ? 1 : 0;
        }

        var sameTeam = Same(provider.Team, seeker.Team);
        return ProximityValue(buddy, sameSite, sameTeam);
    }

    internal static double ProximityValue(OnboardingBuddyProgram buddy, bool sameSite, bool sameTeam)
    {
        var wanted = (buddy.PreferSameLocation ? 1 : 0) + (buddy.PreferSameTeam ? 1 : 0);
        if (wanted == 0)
        {
            return 1;
        }

        var met = (buddy.PreferSameLocation && sameSite ? 1 : 0) + (buddy.PreferSameTeam && sameTeam ? 1 : 0);
        return met / (double)wanted;
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
