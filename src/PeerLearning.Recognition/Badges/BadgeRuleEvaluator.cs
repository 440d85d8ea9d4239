using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>
/// Evaluates badge rules incrementally, in memory: each event updates the counters of the people it counts for
/// and re-checks only the badges whose criteria read that event kind (and, after an award, the badges that require
/// the awarded one). An event id seen before is ignored, so a redelivered event counts once. Deterministic: the
/// same events in the same order give the same awards.
/// </summary>
/// <remarks>
/// Windows are sliding and end at the event being processed ("5 sessions within 90 days" holds when the 5th session
/// is at most 90 days after the 1st counted). A non-repeatable badge is awarded once per person; a revoked or
/// expired award is not re-awarded automatically. A repeatable badge counts only events after its last award
/// (events at the same instant as the award included in that award).
/// <para>
/// Cost per event: one lookup of each person, then only the badges indexed under the event's kind, each a bit test
/// when already held or a few array reads (criteria are compiled to series slots and badge indexes; event times are
/// kept sorted, so "at least n in a window" reads one element). Counters live in memory only: after a restart,
/// <see cref="Restore"/> the stored awards and replay the events whose windows still matter.
/// </para>
/// </remarks>
public sealed class BadgeRuleEvaluator
{
    private readonly BadgeRuleSet _rules;
    private readonly TimeZoneInfo _weekZone;
    private readonly BadgeDefinition[] _badges;
    private readonly bool[] _repeatable;
    private readonly CompiledCriterion[] _criteria;
    private readonly Dictionary<string, int> _badgeIndex = new(StringComparer.Ordinal);

    // Event kinds (indexes into BadgeEventKinds.All) map to series slots; only kinds some criterion reads get one.
    private readonly int[] _slotOfKind;
    private readonly int[][] _candidatesBySlot;
    private readonly bool[] _slotKeepsScores;
    private readonly int[][] _slotPerWeekThresholds;
    private readonly int[][] _dependents;
    private readonly bool _hasStreaks;

    private readonly Dictionary<string, PersonState> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenEvents = new(StringComparer.Ordinal);
    private readonly Queue<int> _queue = new();
    private readonly List<BadgeAward> _awards = [];
    private long _weekCacheBucket = long.MinValue;
    private long _weekCacheValue;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="PeerLearningValidationException">The rules are invalid.</exception>
    public BadgeRuleEvaluator(BadgeRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        PeerLearningValidationException.ThrowIfAny(rules.Validate());
        _rules = rules;
        _weekZone = TimeZoneInfo.FindSystemTimeZoneById(rules.TimeZoneId);
        _badges = [.. rules.Badges];
        _repeatable = [.. _badges.Select(b => b.Repeatable)];
        for (var i = 0; i < _badges.Length; i++)
        {
            _badgeIndex[_badges[i].Id] = i;
        }

        // Slots in the order kinds are first read, candidates and dependents in badge order (each badge once per list).
        _slotOfKind = new int[BadgeEventKinds.All.Count];
        Array.Fill(_slotOfKind, -1);
        var candidates = new List<List<int>>();
        var keepsScores = new List<bool>();
        var thresholds = new List<SortedSet<int>>();
        var dependents = new List<int>[_badges.Length];
        for (var i = 0; i < _badges.Length; i++)
        {
            dependents[i] = [];
        }

        for (var i = 0; i < _badges.Length; i++)
        {
            foreach (var c in Flatten(_badges[i].Criteria))
            {
                if (c is PrerequisiteBadgeCriterion p)
                {
                    var list = dependents[_badgeIndex[p.BadgeId]];
                    if (!list.Contains(i))
                    {
                        list.Add(i);
                    }

                    continue;
                }

                var kind = c switch
                {
                    EventCountCriterion x => x.EventKind,
                    FirstTimeCriterion x => x.EventKind,
                    StreakCriterion x => x.EventKind,
                    ScoreThresholdCriterion x => x.EventKind,
                    _ => null,
                };
                if (kind is null)
                {
                    continue;
                }

                var k = BadgeEventKinds.IndexOf(kind);
                if (_slotOfKind[k] < 0)
                {
                    _slotOfKind[k] = candidates.Count;
                    candidates.Add([]);
                    keepsScores.Add(false);
                    thresholds.Add([]);
                }

                var slot = _slotOfKind[k];
                if (!candidates[slot].Contains(i))
                {
                    candidates[slot].Add(i);
                }

                if (c is ScoreThresholdCriterion)
                {
                    keepsScores[slot] = true;
                }

                if (c is StreakCriterion streak)
                {
                    thresholds[slot].Add(streak.PerWeek);
                    _hasStreaks = true;
                }
            }
        }

        _candidatesBySlot = [.. candidates.Select(c => c.ToArray())];
        _slotKeepsScores = [.. keepsScores];
        _slotPerWeekThresholds = [.. thresholds.Select(t => t.ToArray())];
        _dependents = [.. dependents.Select(d => d.ToArray())];
        _criteria = [.. _badges.Select(b => CompiledCriterion.Compile(b.Criteria, kind => _slotOfKind[BadgeEventKinds.IndexOf(kind)], _badgeIndex))];
    }

    /// <summary>The rules.</summary>
    public BadgeRuleSet Rules => _rules;

    /// <summary>
    /// Feeds one event and returns the awards it completes (in badge order per person), already marked as held.
    /// The caller persists them.
    /// </summary>
    /// <param name="learningEvent">The event.</param>
    /// <returns>The new awards; empty when none (or when the event id was seen before).</returns>
    public IReadOnlyList<BadgeAward> Observe(LearningEvent learningEvent)
    {
        ArgumentNullException.ThrowIfNull(learningEvent);
        if (!_seenEvents.Add(learningEvent.EventId))
        {
            return [];
        }

        var now = learningEvent.OccurredAt.ToUniversalTime();
        _awards.Clear();
        var visitor = new ActorVisitor(this, now, _hasStreaks ? WeekOf(now) : 0, learningEvent.EventId);
        BadgeEventKinds.VisitActors(learningEvent, ref visitor);
        return _awards.Count == 0 ? [] : _awards.ToArray();
    }

    /// <summary>Tells the evaluator about awards already stored (for example after a restart), revoked ones included.</summary>
    /// <param name="awards">The awards.</param>
    public void Restore(IEnumerable<BadgeAward> awards)
    {
        ArgumentNullException.ThrowIfNull(awards);
        foreach (var a in awards)
        {
            var state = State(a.ParticipantId);
            ref var held = ref Held(state, a.BadgeId);
            held = new HeldBadge(a.AwardId, held.Count + 1, a.AwardedAt.UtcTicks, a.ExpiresAt?.UtcTicks ?? long.MaxValue, a.RevokedAt is not null);
            if (_badgeIndex.TryGetValue(a.BadgeId, out var index))
            {
                state.MarkHeld(index);
            }
        }
    }

    /// <summary>Marks an award revoked, so prerequisites on it stop holding.</summary>
    /// <param name="award">The award (its participant, badge and id are used).</param>
    /// <returns>True when the evaluator knew the award.</returns>
    public bool MarkRevoked(BadgeAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (!_people.TryGetValue(award.ParticipantId, out var state))
        {
            return false;
        }

        ref var held = ref Held(state, award.BadgeId);
        if (held.Count == 0 || AwardIdOf(held, award.BadgeId, award.ParticipantId) != award.AwardId)
        {
            return false;
        }

        held = held with { Revoked = true };
        return true;
    }

    /// <summary>Whether the evaluator sees <paramref name="participantId"/> holding a valid award of <paramref name="badgeId"/> at <paramref name="at"/>.</summary>
    /// <param name="participantId">The person.</param>
    /// <param name="badgeId">The badge.</param>
    /// <param name="at">The instant.</param>
    /// <returns>True when held, not revoked and not expired.</returns>
    public bool Holds(string participantId, string badgeId, DateTimeOffset at)
    {
        if (!_people.TryGetValue(participantId, out var state))
        {
            return false;
        }

        if (_badgeIndex.TryGetValue(badgeId, out var index))
        {
            return state.Awards is { } awards && awards[index].IsValidAt(at.UtcTicks);
        }

        return state.Other is { } other && other.TryGetValue(badgeId, out var h) && h.IsValidAt(at.UtcTicks);
    }

    internal long WeekOf(DateTimeOffset instant)
    {
        // Offsets change only at quarter-hour boundaries, so instants in the same UTC quarter hour share a week.
        var bucket = instant.UtcTicks / (TimeSpan.TicksPerMinute * 15);
        if (bucket == _weekCacheBucket)
        {
            return _weekCacheValue;
        }

        // ISO 8601 weeks start on Monday; DateOnly day 0 (1 January 0001) is a Monday.
        var local = TimeZoneInfo.ConvertTime(instant, _weekZone);
        _weekCacheValue = DateOnly.FromDateTime(local.DateTime).DayNumber / 7;
        _weekCacheBucket = bucket;
        return _weekCacheValue;
    }

    private void ObserveActor(int kind, string person, double score, DateTimeOffset now, long week, string eventId)
    {
        // Kinds no criterion reads are not kept.
        var slot = _slotOfKind[kind];
        if (slot < 0)
        {
            return;
        }

        var state = State(person);
        var series = state.Series[slot] ??= new EventSeries(_slotKeepsScores[slot], _slotPerWeekThresholds[slot]);
        series.Add(now.UtcTicks, score, week);

        // A person named twice in one event (under two kinds) is evaluated twice; awards cannot repeat,
        // because a repeatable badge only counts events after its last award.
        var queue = _queue;
        queue.Clear();
        foreach (var candidate in _candidatesBySlot[slot])
        {
            TryAward(candidate, person, state, now, eventId);
        }

        // Badges that require one just awarded, breadth first.
        while (queue.Count > 0)
        {
            TryAward(queue.Dequeue(), person, state, now, eventId);
        }
    }

    private void TryAward(int index, string person, PersonState state, DateTimeOffset now, string eventId)
    {
        // A non-repeatable badge already held is settled: one bit says so.
        var repeatable = _repeatable[index];
        if (!repeatable && state.IsHeld(index))
        {
            return;
        }

        var held = state.Awards is { } all ? all[index] : default;
        var isHeld = held.Count > 0;

        var nowTicks = now.UtcTicks;
        if (!Holds(_criteria[index], state, nowTicks, isHeld ? held.LastAwardedTicks : long.MinValue))
        {
            return;
        }

        var count = held.Count + 1;
        var badge = _badges[index];
        var awardId = repeatable ? $"badge:{badge.Id}:{person}:{count}" : $"badge:{badge.Id}:{person}";
        var expires = badge.ExpiryFor(now);

        // The id is not kept: it is derived again from the badge, person and count when needed.
        (state.Awards ??= new HeldBadge[_badges.Length])[index] = new HeldBadge(null, count, nowTicks, expires?.UtcTicks ?? long.MaxValue, false);
        state.MarkHeld(index);
        _awards.Add(new BadgeAward { AwardId = awardId, BadgeId = badge.Id, ParticipantId = person, AwardedAt = now, ExpiresAt = expires, SourceEventId = eventId });
        foreach (var d in _dependents[index])
        {
            _queue.Enqueue(d);
        }
    }

    private bool Holds(CompiledCriterion criterion, PersonState state, long nowTicks, long since)
    {
        switch (criterion.Kind)
        {
            case CompiledCriterion.CriterionKind.Count:
                return state.Series[criterion.Slot] is { } s1 && s1.HasAtLeast(After(since, nowTicks, criterion.WithinTicks), nowTicks, criterion.AtLeast);
            case CompiledCriterion.CriterionKind.First:
                return state.Series[criterion.Slot] is { } s2 && s2.HasAtLeast(since, nowTicks, 1);
            case CompiledCriterion.CriterionKind.Streak:
                if (state.Series[criterion.Slot] is not { } s3)
                {
                    return false;
                }

                return since == long.MinValue
                    ? s3.LongestRunEver(criterion.PerWeek) >= criterion.AtLeast
                    : s3.LongestRun(WeekOf(new DateTimeOffset(since, TimeSpan.Zero)), criterion.PerWeek) >= criterion.AtLeast;
            case CompiledCriterion.CriterionKind.Score:
                if (state.Series[criterion.Slot] is not { } s4)
                {
                    return false;
                }

                var (count, sum) = s4.Scores(After(since, nowTicks, criterion.WithinTicks), nowTicks);
                return count >= criterion.AtLeast && sum / count >= criterion.MinAverage - 1e-12;
            case CompiledCriterion.CriterionKind.Prerequisite:
                return state.Awards is { } awards && awards[criterion.Badge].IsValidAt(nowTicks);
            case CompiledCriterion.CriterionKind.All:
                foreach (var c in criterion.Inner)
                {
                    if (!Holds(c, state, nowTicks, since))
                    {
                        return false;
                    }
                }

                return true;
            case CompiledCriterion.CriterionKind.Any:
                foreach (var c in criterion.Inner)
                {
                    if (Holds(c, state, nowTicks, since))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static long After(long since, long nowTicks, long withinTicks) =>
        withinTicks > 0 ? Math.Max(since, nowTicks - withinTicks) : since;

    private PersonState State(string person)
    {
        ref var state = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_people, person, out _);
        return state ??= new PersonState(_candidatesBySlot.Length, _badges.Length);
    }

    private ref HeldBadge Held(PersonState state, string badgeId)
    {
        if (_badgeIndex.TryGetValue(badgeId, out var index))
        {
            return ref (state.Awards ??= new HeldBadge[_badges.Length])[index];
        }

        // An award of a badge no longer in the rules: kept so Holds still answers for it.
        return ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(state.Other ??= new(StringComparer.Ordinal), badgeId, out _);
    }

    private string AwardIdOf(HeldBadge held, string badgeId, string person) =>
        held.AwardId ?? (_badges[_badgeIndex[badgeId]].Repeatable ? $"badge:{badgeId}:{person}:{held.Count}" : $"badge:{badgeId}:{person}");

    private static IEnumerable<BadgeCriterion> Flatten(BadgeCriterion c) => c switch
    {
        AllOfCriterion all => all.Criteria.SelectMany(Flatten),
        AnyOfCriterion any => any.Criteria.SelectMany(Flatten),
        _ => [c],
    };

    private readonly struct ActorVisitor(BadgeRuleEvaluator evaluator, DateTimeOffset now, long week, string eventId) : BadgeEventKinds.IActorVisitor
    {
        public void Visit(int kind, string participantId, double score) =>
            evaluator.ObserveActor(kind, participantId, score, now, week, eventId);
    }

    private sealed class PersonState(int slots, int badges)
    {
        private readonly ulong[] _held = new ulong[(badges + 63) / 64];

        public EventSeries?[] Series { get; } = new EventSeries?[slots];

        public bool IsHeld(int badge) => (_held[badge >> 6] & (1UL << badge)) != 0;

        public void MarkHeld(int badge) => _held[badge >> 6] |= 1UL << badge;

        /// <summary>Awards by badge index; allocated at the first award.</summary>
        public HeldBadge[]? Awards { get; set; }

        /// <summary>Restored awards of badges not in the rules.</summary>
        public Dictionary<string, HeldBadge>? Other { get; set; }
    }

    // The latest award of a badge to a person; Count 0 when never awarded. AwardId is set when restored from
    // outside and null when derived from badge, person and count. ExpiresTicks is long.MaxValue for no expiry.
    private readonly record struct HeldBadge(string? AwardId, int Count, long LastAwardedTicks, long ExpiresTicks, bool Revoked)
    {
        public bool IsValidAt(long ticks) => Count > 0 && !Revoked && ticks < ExpiresTicks;
    }
}
