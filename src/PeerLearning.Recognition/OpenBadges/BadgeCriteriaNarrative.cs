using System.Globalization;

namespace PeerLearning.Recognition;

/// <summary>Describes badge criteria in English, for Open Badges criteria narratives and for people.</summary>
public static class BadgeCriteriaNarrative
{
    /// <summary>The badge's narrative: its own <see cref="BadgeDefinition.CriteriaNarrative"/>, or one generated from its criteria.</summary>
    /// <param name="badge">The badge.</param>
    /// <returns>The narrative.</returns>
    public static string Describe(BadgeDefinition badge)
    {
        ArgumentNullException.ThrowIfNull(badge);
        return string.IsNullOrWhiteSpace(badge.CriteriaNarrative) ? Describe(badge.Criteria) + "." : badge.CriteriaNarrative;
    }

    /// <summary>One criterion in words.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The words.</returns>
    public static string Describe(BadgeCriterion criterion) => criterion switch
    {
        EventCountCriterion c => string.Create(CultureInfo.InvariantCulture, $"at least {c.AtLeast} {c.EventKind} events{Within(c.Within)}"),
        FirstTimeCriterion f => $"a first {f.EventKind} event",
        StreakCriterion s => string.Create(CultureInfo.InvariantCulture, $"{s.Weeks} consecutive weeks with at least {s.PerWeek} {s.EventKind} events each"),
        ScoreThresholdCriterion sc => string.Create(CultureInfo.InvariantCulture, $"an average {sc.EventKind} score of at least {sc.MinAverage:0.###} over at least {sc.MinCount} results{Within(sc.Within)}"),
        PrerequisiteBadgeCriterion p => $"holding the badge '{p.BadgeId}'",
        AllOfCriterion all => "all of: " + string.Join("; ", all.Criteria.Select(Describe)),
        AnyOfCriterion any => "any of: " + string.Join("; ", any.Criteria.Select(Describe)),
        ManualAwardCriterion m => $"awarded by a {string.Join(" or ", m.Roles)}",
        _ => "criteria defined by the issuer",
    };

    private static string Within(TimeSpan? within) => within is { } w ? string.Create(CultureInfo.InvariantCulture, $" within {w.TotalDays:0.#} days") : string.Empty;
}
