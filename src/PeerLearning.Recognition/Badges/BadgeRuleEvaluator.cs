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
/// </remarks>
public sealed class BadgeRuleEvaluator
{
    private readonly BadgeRuleSet _rules;
    private readonly TimeZoneInfo _weekZone;
    private readonly Dictionary<string, int[]> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _byPrerequisite = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonState> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenEvents = new(StringComparer.Ordinal);
    private readonly Queue<int> _queue = new();
    private readonly HashSet<string> _scoredKinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _streakKinds = new(StringComparer.Ordinal);
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
        var byKind = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPrerequisite = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Badges.Count; i++)
        {
            foreach (var c in Flatten(rules.Badges[i].Criteria))
            {
                var (key, index) = c switch
                {
                    EventCountCriterion x => (x.EventKind, byKind),
                    FirstTimeCriterion x => (x.EventKind, byKind),
                    StreakCriterion x => (x.EventKind, byKind),
                    ScoreThresholdCriterion x => (x.EventKind, byKind),
                    PrerequisiteBadgeCriterion x => (x.BadgeId, byPrerequisite),
                    _ => (null!, null!),
                };
                if (key is null)
                {
                    continue;
                }

                if (c is ScoreThresholdCriterion score)
                {
                    _scoredKinds.Add(score.EventKind);
                }

                if (c is StreakCriterion streak)
                {
                    _streakKinds.Add(streak.EventKind);
                }

                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }
            }
        }

        foreach (var (k, v) in byKind)
        {
            _byKind[k] = [.. v];
        }

        foreach (var (k, v) in byPrerequisite)
        {
            _byPrerequisite[k] = [.. v];
        }
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
        var week = _streakKinds.Count > 0 ? WeekOf(now) : 0;
        List<BadgeAward>? awards = null;
        foreach (var (kind, person, score) in BadgeEventKinds.Actors(learningEvent))
        {
            // Kinds no criterion reads are not kept.
            if (!_byKind.TryGetValue(kind, out var badges))
            {
                continue;
            }

            var state = State(person);
            if (!state.Series.TryGetValue(kind, out var series))
            {
                state.Series[kind] = series = new EventSeries(_scoredKinds.Contains(kind), _streakKinds.Contains(kind));
            }

            series.Add(now.UtcTicks, score, week);
            {
                // A person named twice in one event (under two kinds) is evaluated twice; awards cannot repeat,
                // because a repeatable badge only counts events after its last award.
                EvaluateCandidates(person, badges, now, learningEvent.EventId, ref awards);
            }
        }

        return awards ?? (IReadOnlyList<BadgeAward>)[];
    }

    /// <summary>Tells the evaluator about awards already stored (for example after a restart), revoked ones included.</summary>
    /// <param name="awards">The awards.</param>
    public void Restore(IEnumerable<BadgeAward> awards)
    {
        ArgumentNullException.ThrowIfNull(awards);
        foreach (var a in awards)
        {
            var held = State(a.ParticipantId).Awards;
            var count = held.TryGetValue(a.BadgeId, out var previous) ? previous.Count : 0;
            held[a.BadgeId] = new HeldBadge(a.AwardId, count + 1, a.AwardedAt, a.ExpiresAt, a.RevokedAt is not null);
        }
    }

    /// <summary>Marks an award revoked, so prerequisites on it stop holding.</summary>
    /// <param name="award">The award (its participant, badge and id are used).</param>
    /// <returns>True when the evaluator knew the award.</returns>
    public bool MarkRevoked(BadgeAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (!_people.TryGetValue(award.ParticipantId, out var state) || !state.Awards.TryGetValue(award.BadgeId, out var held) || held.AwardId != award.AwardId)
        {
            return false;
        }

        state.Awards[award.BadgeId] = held with { Revoked = true };
        return true;
    }

    /// <summary>Whether the evaluator sees <paramref name="participantId"/> holding a valid award of <paramref name="badgeId"/> at <paramref name="at"/>.</summary>
    /// <param name="participantId">The person.</param>
    /// <param name="badgeId">The badge.</param>
    /// <param name="at">The instant.</param>
    /// <returns>True when held, not revoked and not expired.</returns>
    public bool Holds(string participantId, string badgeId, DateTimeOffset at) =>
        _people.TryGetValue(participantId, out var s) && s.Awards.TryGetValue(badgeId, out var h) && h.IsValidAt(at);

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

    private void EvaluateCandidates(string person, int[] candidates, DateTimeOffset now, string eventId, ref List<BadgeAward>? awards)
    {
        var state = State(person);
        var queue = _queue;
        queue.Clear();
        foreach (var c in candidates)
        {
            queue.Enqueue(c);
        }
        while (queue.Count > 0)
        {
            var index = queue.Dequeue();
            var badge = _rules.Badges[index];
            var isHeld = state.Awards.TryGetValue(badge.Id, out var held);
            if (isHeld && !badge.Repeatable)
            {
                continue;
            }

            var since = isHeld ? held.LastAwardedAt.UtcTicks : long.MinValue;
            if (!Holds(badge.Criteria, state, now, since))
            {
                continue;
            }

            var count = (isHeld ? held.Count : 0) + 1;
            var awardId = badge.Repeatable ? $"badge:{badge.Id}:{person}:{count}" : $"badge:{badge.Id}:{person}";
            var expires = badge.ExpiryFor(now);
            state.Awards[badge.Id] = new HeldBadge(awardId, count, now, expires, false);
            (awards ??= []).Add(new BadgeAward { AwardId = awardId, BadgeId = badge.Id, ParticipantId = person, AwardedAt = now, ExpiresAt = expires, SourceEventId = eventId });
            if (_byPrerequisite.TryGetValue(badge.Id, out var dependents))
            {
                foreach (var d in dependents)
                {
                    queue.Enqueue(d);
                }
            }
        }
    }

    private bool Holds(BadgeCriterion criterion, PersonState state, DateTimeOffset now, long since)
    {
        var nowTicks = now.UtcTicks;
        switch (criterion)
        {
            case EventCountCriterion c:
                return state.Series.TryGetValue(c.EventKind, out var s1) && s1.Count(After(since, nowTicks, c.Within), nowTicks) >= c.AtLeast;
            case FirstTimeCriterion f:
                return state.Series.TryGetValue(f.EventKind, out var s2) && s2.Count(since, nowTicks) >= 1;
            case StreakCriterion st:
                if (!state.Series.TryGetValue(st.EventKind, out var s3))
                {
                    return false;
                }

                return since == long.MinValue
                    ? s3.LongestRunEver(st.PerWeek) >= st.Weeks
                    : s3.LongestRun(WeekOf(new DateTimeOffset(since, TimeSpan.Zero)), st.PerWeek) >= st.Weeks;
            case ScoreThresholdCriterion sc:
                if (!state.Series.TryGetValue(sc.EventKind, out var s4))
                {
                    return false;
                }

                var (count, sum) = s4.Scores(After(since, nowTicks, sc.Within), nowTicks);
                return count >= sc.MinCount && sum / count >= sc.MinAverage - 1e-12;
            case PrerequisiteBadgeCriterion p:
                return state.Awards.TryGetValue(p.BadgeId, out var h) && h.IsValidAt(now);
            case AllOfCriterion all:
                foreach (var c in all.Criteria)
                {
                    if (!Holds(c, state, now, since))
                    {
                        return false;
                    }
                }

                return true;
            case AnyOfCriterion any:
                foreach (var c in any.Criteria)
                {
                    if (Holds(c, state, now, since))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static long After(long since, long nowTicks, TimeSpan? within) =>
        within is { } w ? Math.Max(since, nowTicks - w.Ticks) : since;

    private PersonState State(string person)
    {
        if (!_people.TryGetValue(person, out var state))
        {
            _people[person] = state = new PersonState();
        }

        return state;
    }

    private static IEnumerable<BadgeCriterion> Flatten(BadgeCriterion c) => c switch
    {
        AllOfCriterion all => all.Criteria.SelectMany(Flatten),
        AnyOfCriterion any => any.Criteria.SelectMany(Flatten),
        _ => [c],
    };

    private sealed class PersonState
    {
        public Dictionary<string, EventSeries> Series { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HeldBadge> Awards { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct HeldBadge(string AwardId, int Count, DateTimeOffset LastAwardedAt, DateTimeOffset? ExpiresAt, bool Revoked)
    {
        public bool IsValidAt(DateTimeOffset at) => !Revoked && (ExpiresAt is not { } e || at < e);
    }
}
