namespace PeerLearning.Recognition;

/// <summary>
/// A badge criterion prepared for evaluation: event kinds resolved to series slots, prerequisite badges to indexes,
/// windows to ticks, so checking it costs no lookups by name.
/// </summary>
internal sealed class CompiledCriterion
{
    private CompiledCriterion(CriterionKind kind) => Kind = kind;

    public enum CriterionKind : byte
    {
        Count,
        First,
        Streak,
        Score,
        Prerequisite,
        All,
        Any,
        Never,
    }

    public CriterionKind Kind { get; }

    /// <summary>The series slot of the event kind read (count, first, streak, score).</summary>
    public int Slot { get; private init; }

    /// <summary>Count: how many; streak: consecutive weeks; score: fewest scored events.</summary>
    public int AtLeast { get; private init; }

    /// <summary>Streak: events needed per week.</summary>
    public int PerWeek { get; private init; }

    /// <summary>The window in ticks, or 0 for all time.</summary>
    public long WithinTicks { get; private init; }

    /// <summary>Score: the smallest mean.</summary>
    public double MinAverage { get; private init; }

    /// <summary>Prerequisite: the index of the required badge.</summary>
    public int Badge { get; private init; }

    /// <summary>All/any: the inner criteria.</summary>
    public CompiledCriterion[] Inner { get; private init; } = [];

    /// <summary>Prepares <paramref name="criterion"/>.</summary>
    /// <param name="criterion">The criterion (already validated).</param>
    /// <param name="slotOf">The series slot of an event kind.</param>
    /// <param name="badgeIndex">The index of a badge id.</param>
    public static CompiledCriterion Compile(BadgeCriterion criterion, Func<string, int> slotOf, IReadOnlyDictionary<string, int> badgeIndex) => criterion switch
    {
        EventCountCriterion c => new(CriterionKind.Count) { Slot = slotOf(c.EventKind), AtLeast = c.AtLeast, WithinTicks = c.Within?.Ticks ?? 0 },
        FirstTimeCriterion f => new(CriterionKind.First) { Slot = slotOf(f.EventKind) },
        StreakCriterion s => new(CriterionKind.Streak) { Slot = slotOf(s.EventKind), AtLeast = s.Weeks, PerWeek = s.PerWeek },
        ScoreThresholdCriterion sc => new(CriterionKind.Score) { Slot = slotOf(sc.EventKind), AtLeast = sc.MinCount, MinAverage = sc.MinAverage, WithinTicks = sc.Within?.Ticks ?? 0 },
        PrerequisiteBadgeCriterion p => new(CriterionKind.Prerequisite) { Badge = badgeIndex[p.BadgeId] },
        AllOfCriterion all => new(CriterionKind.All) { Inner = [.. all.Criteria.Select(c => Compile(c, slotOf, badgeIndex))] },
        AnyOfCriterion any => new(CriterionKind.Any) { Inner = [.. any.Criteria.Select(c => Compile(c, slotOf, badgeIndex))] },
        _ => new(CriterionKind.Never),
    };
}
