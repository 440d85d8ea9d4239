using PeerLearning.Events;
using PeerLearning.Recognition;

namespace PeerLearning.Benchmarks.Recognition;

/// <summary>
/// The badge rule evaluator as it was before the kind-indexed, array-based rewrite (commit 475f59f), kept only as the
/// same-run baseline of <see cref="BadgeRulesBenchmarks"/>. Same awards, slower.
/// </summary>
internal sealed class ReferenceBadgeRuleEvaluator
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
    public ReferenceBadgeRuleEvaluator(BadgeRuleSet rules)
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
        foreach (var (kind, person, score) in Actors(learningEvent))
        {
            // Kinds no criterion reads are not kept.
            if (!_byKind.TryGetValue(kind, out var badges))
            {
                continue;
            }

            var state = State(person);
            if (!state.Series.TryGetValue(kind, out var series))
            {
                state.Series[kind] = series = new ReferenceEventSeries(_scoredKinds.Contains(kind), _streakKinds.Contains(kind));
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

    /// <summary>(The actor mapping as it was then.) Who an event counts for, under which kind, with which score (NaN when it has none).</summary>
    /// <param name="learningEvent">The event.</param>
    /// <returns>The (kind, participant, score) triples; empty for events badges do not count.</returns>
    private static IEnumerable<(string Kind, string ParticipantId, double Score)> Actors(LearningEvent learningEvent)
    {
        ArgumentNullException.ThrowIfNull(learningEvent);
        switch (learningEvent)
        {
            case SessionHeld s:
                for (var i = 0; i < s.AttendeeIds.Count; i++)
                {
                    if (IsFirst(s.AttendeeIds, i))
                    {
                        yield return ("sessionHeld", s.AttendeeIds[i], double.NaN);
                    }
                }

                break;
            case ReviewSubmitted r:
                yield return ("reviewSubmitted", r.ReviewerId, r.ScaledScore ?? double.NaN);
                break;
            case GradeReleased g:
                for (var i = 0; i < g.AuthorIds.Count; i++)
                {
                    if (IsFirst(g.AuthorIds, i))
                    {
                        yield return ("gradeReleased", g.AuthorIds[i], g.ScaledGrade);
                    }
                }

                break;
            case ReviewerGraded rg:
                yield return ("reviewerGraded", rg.ReviewerId, rg.ScaledGrade);
                break;
            case ContentShared c:
                yield return ("contentShared", c.SharerId, double.NaN);
                break;
            case KudosGiven k:
                yield return ("kudosGiven", k.GiverId, double.NaN);
                for (var i = 0; i < k.ReceiverIds.Count; i++)
                {
                    if (IsFirst(k.ReceiverIds, i))
                    {
                        yield return ("kudosReceived", k.ReceiverIds[i], double.NaN);
                    }
                }

                break;
            case FeedbackGiven f:
                yield return ("feedbackGiven", f.GiverId, f.Rating is { } rating ? rating : double.NaN);
                break;
            case MatchAccepted m:
                yield return ("matchAccepted", m.ParticipantId, double.NaN);
                break;
        }
    }

    // Lists of people in an event are short: a quadratic check allocates nothing.
    private static bool IsFirst(IReadOnlyList<string> ids, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(ids[j], ids[index], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class PersonState
    {
        public Dictionary<string, ReferenceEventSeries> Series { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HeldBadge> Awards { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct HeldBadge(string AwardId, int Count, DateTimeOffset LastAwardedAt, DateTimeOffset? ExpiresAt, bool Revoked)
    {
        public bool IsValidAt(DateTimeOffset at) => !Revoked && (ExpiresAt is not { } e || at < e);
    }

    /// <summary>One person's events of one kind, sorted by time, with prefix sums of scores and counts per week.</summary>
    private sealed class ReferenceEventSeries
    {
        private readonly List<long> _ticks = [];
        private readonly List<double> _scorePrefix = [0];
        private readonly List<int> _scoredPrefix = [0];

        private readonly List<long> _touchedWeeks = [];
        private Dictionary<int, (int Best, int Cursor)>? _runs;

        /// <param name="keepScores">Whether score criteria read this series (keeps prefix sums of scores).</param>
        /// <param name="keepWeeks">Whether streak criteria read this series (keeps counts per week).</param>
        public ReferenceEventSeries(bool keepScores, bool keepWeeks)
        {
            if (keepScores)
            {
                _scorePrefix = [0];
                _scoredPrefix = [0];
            }

            if (keepWeeks)
            {
                Weeks = [];
                _touchedWeeks = [];
            }
        }

        public Dictionary<long, int>? Weeks { get; }

        public void Add(long ticks, double score, long week)
        {
            var at = _ticks.Count;
            if (at > 0 && _ticks[at - 1] > ticks)
            {
                at = UpperBound(ticks);
            }

            _ticks.Insert(at, ticks);
            if (_scorePrefix is not null && _scoredPrefix is not null)
            {
                var scored = double.IsNaN(score) ? 0 : 1;
                var value = double.IsNaN(score) ? 0 : score;
                if (at == _ticks.Count - 1)
                {
                    _scorePrefix.Add(_scorePrefix[^1] + value);
                    _scoredPrefix.Add(_scoredPrefix[^1] + scored);
                }
                else
                {
                    // Out of order: shift the prefix sums after the insertion point.
                    _scorePrefix.Insert(at + 1, _scorePrefix[at] + value);
                    _scoredPrefix.Insert(at + 1, _scoredPrefix[at] + scored);
                    for (var i = at + 2; i < _scorePrefix.Count; i++)
                    {
                        _scorePrefix[i] += value;
                        _scoredPrefix[i] += scored;
                    }
                }
            }

            if (Weeks is not null)
            {
                Weeks[week] = Weeks.GetValueOrDefault(week) + 1;
                _touchedWeeks!.Add(week);
            }
        }

        /// <summary>
        /// The longest run of consecutive weeks with at least <paramref name="perWeek"/> events, kept incrementally:
        /// counts only grow, so every longer run passes through a week touched since the last query.
        /// </summary>
        public int LongestRunEver(int perWeek)
        {
            if (Weeks is null || _touchedWeeks is null)
            {
                return 0;
            }

            _runs ??= [];
            var (best, cursor) = _runs.GetValueOrDefault(perWeek);
            for (; cursor < _touchedWeeks.Count; cursor++)
            {
                best = Math.Max(best, RunThrough(_touchedWeeks[cursor], perWeek));
            }

            _runs[perWeek] = (best, cursor);
            return best;
        }

        private int RunThrough(long week, int perWeek)
        {
            if (Weeks!.GetValueOrDefault(week) < perWeek)
            {
                return 0;
            }

            var length = 1;
            for (var w = week - 1; Weeks!.GetValueOrDefault(w) >= perWeek; w--)
            {
                length++;
            }

            for (var w = week + 1; Weeks!.GetValueOrDefault(w) >= perWeek; w++)
            {
                length++;
            }

            return length;
        }

        /// <summary>Events with time in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>].</summary>
        public int Count(long afterTicks, long untilTicks) => Math.Max(0, UpperBound(untilTicks) - UpperBound(afterTicks));

        /// <summary>Scored events and their score sum in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>].</summary>
        public (int Count, double Sum) Scores(long afterTicks, long untilTicks)
        {
            if (_scorePrefix is null || _scoredPrefix is null)
            {
                return (0, 0);
            }

            var from = UpperBound(afterTicks);
            var to = UpperBound(untilTicks);
            return to <= from ? (0, 0) : (_scoredPrefix[to] - _scoredPrefix[from], _scorePrefix[to] - _scorePrefix[from]);
        }

        /// <summary>The longest run of consecutive weeks after <paramref name="afterWeek"/> with at least <paramref name="perWeek"/> events.</summary>
        public int LongestRun(long afterWeek, int perWeek)
        {
            if (Weeks is null)
            {
                return 0;
            }

            var best = 0;
            foreach (var (week, count) in Weeks)
            {
                // Start counting only at the first week of a run.
                if (week <= afterWeek || count < perWeek || (week - 1 > afterWeek && Weeks.GetValueOrDefault(week - 1) >= perWeek))
                {
                    continue;
                }

                var length = 1;
                while (Weeks.GetValueOrDefault(week + length) >= perWeek)
                {
                    length++;
                }

                best = Math.Max(best, length);
            }

            return best;
        }

        private int UpperBound(long ticks)
        {
            int lo = 0, hi = _ticks.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_ticks[mid] <= ticks)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
