using PeerLearning.Events;

namespace PeerLearning.Recognition.Tests.Badges;

/// <summary>
/// The incremental evaluator against a brute-force oracle that keeps every person's full history and recounts each
/// criterion from scratch on every event, on random rule sets and random event streams (late events, redeliveries,
/// several people per event, revocations, expiry).
/// </summary>
public sealed class BadgeRuleOracleTests
{
    private static readonly string[] Kinds = ["sessionHeld", "contentShared", "kudosGiven", "kudosReceived", "reviewerGraded", "gradeReleased", "feedbackGiven"];
    private static readonly string[] People = ["ann", "bob", "cy", "di"];

    [Fact]
    public void Incremental_evaluator_matches_a_brute_force_recount_on_random_rules_and_event_streams() => CheckAgainstOracle(seeds: 150, minBadges: 1, maxBadges: 12, minAwards: 2_000);

    [Fact]
    public void Rule_sets_with_more_than_64_badges_match_the_oracle_too() => CheckAgainstOracle(seeds: 6, minBadges: 65, maxBadges: 140, minAwards: 1_000);

    private static void CheckAgainstOracle(int seeds, int minBadges, int maxBadges, int minAwards)
    {
        var checkedAwards = 0;
        for (var seed = 0; seed < seeds; seed++)
        {
            var random = new Random(seed);
            var rules = RandomRules(random, minBadges, maxBadges);
            var evaluator = new BadgeRuleEvaluator(rules);
            var oracle = new Oracle(rules, evaluator.WeekOf);
            foreach (var e in RandomEvents(random, 250))
            {
                var expected = oracle.Observe(e);
                var actual = evaluator.Observe(e).Select(Describe).ToList();
                Assert.True(expected.SequenceEqual(actual), $"seed {seed}, event {e.EventId}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
                checkedAwards += expected.Count;

                var revoke = random.Next(6) == 0 ? oracle.RandomHeld(random) : null;
                if (revoke is { } victim)
                {
                    oracle.Revoke(victim.Person, victim.Badge);
                    Assert.True(evaluator.MarkRevoked(new BadgeAward { AwardId = victim.AwardId, BadgeId = victim.Badge, ParticipantId = victim.Person, AwardedAt = e.OccurredAt }));
                }

                foreach (var person in People)
                {
                    foreach (var badge in rules.Badges)
                    {
                        Assert.Equal(oracle.Holds(person, badge.Id, e.OccurredAt.UtcTicks), evaluator.Holds(person, badge.Id, e.OccurredAt));
                    }
                }
            }
        }

        Assert.True(checkedAwards > minAwards, $"the random streams should award often, awarded {checkedAwards}");
    }

    private static string Describe(BadgeAward a) => $"{a.AwardId}@{a.AwardedAt.UtcTicks}/{a.ExpiresAt?.UtcTicks}/{a.SourceEventId}";

    private static BadgeRuleSet RandomRules(Random random, int minBadges, int maxBadges)
    {
        var count = random.Next(minBadges, maxBadges);
        var badges = new List<BadgeDefinition>();
        for (var i = 0; i < count; i++)
        {
            badges.Add(new BadgeDefinition
            {
                Id = $"b{i}",
                Name = $"Badge {i}",
                Criteria = RandomCriterion(random, i, 0),
                Repeatable = random.Next(3) == 0,
                ExpiresAfter = random.Next(3) == 0 ? TimeSpan.FromDays(random.Next(1, 20)) : null,
            });
        }

        return new BadgeRuleSet { Badges = badges, TimeZoneId = random.Next(2) == 0 ? "UTC" : "Europe/Berlin" };
    }

    private static BadgeCriterion RandomCriterion(Random random, int badge, int depth)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        TimeSpan? Window() => random.Next(2) == 0 ? null : TimeSpan.FromDays(random.Next(1, 30));
        var type = random.Next(depth > 1 ? 5 : 7);
        return type switch
        {
            0 => new EventCountCriterion(kind, random.Next(1, 5), Window()),
            1 => new FirstTimeCriterion(kind),
            2 => new StreakCriterion(kind, random.Next(1, 4), random.Next(1, 3)),
            3 => new ScoreThresholdCriterion(random.Next(2) == 0 ? "reviewerGraded" : "gradeReleased", random.NextDouble(), random.Next(1, 4), Window()),
            4 when badge > 0 => new PrerequisiteBadgeCriterion($"b{random.Next(badge)}"),
            4 => new FirstTimeCriterion(kind),
            5 => new AllOfCriterion([RandomCriterion(random, badge, depth + 1), RandomCriterion(random, badge, depth + 1)]),
            _ => new AnyOfCriterion([RandomCriterion(random, badge, depth + 1), RandomCriterion(random, badge, depth + 1)]),
        };
    }

    private static List<LearningEvent> RandomEvents(Random random, int count)
    {
        var events = new List<LearningEvent>();
        var clock = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string Person() => People[random.Next(People.Length)];
        for (var i = 0; i < count; i++)
        {
            clock = clock.AddHours(random.Next(0, 40));
            var at = (random.Next(10) == 0 ? clock.AddDays(-random.Next(0, 20)) : clock).ToOffset(TimeSpan.FromHours(random.Next(-3, 4)));
            var id = i > 0 && random.Next(15) == 0 ? $"e{random.Next(i)}" : $"e{i}";
            events.Add(random.Next(7) switch
            {
                0 => new SessionHeld { EventId = id, OccurredAt = at, MatchId = "m", AttendeeIds = [Person(), Person()] },
                1 => new ContentShared { EventId = id, OccurredAt = at, ContentId = id, SharerId = Person() },
                2 => new ReviewerGraded { EventId = id, OccurredAt = at, ReviewerId = Person(), ScaledGrade = random.NextDouble() },
                3 => new GradeReleased { EventId = id, OccurredAt = at, SubmissionId = "s", AuthorIds = [Person(), Person()], ScaledGrade = random.NextDouble() },
                4 => new FeedbackGiven { EventId = id, OccurredAt = at, GiverId = Person(), ReceiverId = Person(), Rating = random.Next(2) == 0 ? null : random.Next(1, 6) },
                _ => new KudosGiven { EventId = id, OccurredAt = at, KudosId = id, GiverId = Person(), ReceiverIds = [Person(), Person()] },
            });
        }

        return events;
    }

    /// <summary>The documented semantics, recomputed from the whole history each time.</summary>
    private sealed class Oracle(BadgeRuleSet rules, Func<DateTimeOffset, long> weekOf)
    {
        private readonly HashSet<string> _seen = [];
        private readonly List<(string Person, string Kind, long Ticks, double Score)> _history = [];
        private readonly Dictionary<(string Person, string Badge), (string AwardId, int Count, long At, long? Expires, bool Revoked)> _held = [];

        public List<string> Observe(LearningEvent e)
        {
            var awards = new List<string>();
            if (!_seen.Add(e.EventId))
            {
                return awards;
            }

            var now = e.OccurredAt.UtcTicks;
            foreach (var (kind, person, score) in BadgeEventKinds.Actors(e))
            {
                var candidates = Enumerable.Range(0, rules.Badges.Count).Where(i => Reads(rules.Badges[i].Criteria, kind)).ToList();
                if (candidates.Count == 0)
                {
                    continue;
                }

                _history.Add((person, kind, now, score));
                var queue = new Queue<int>(candidates);
                while (queue.Count > 0)
                {
                    var badge = rules.Badges[queue.Dequeue()];
                    var isHeld = _held.TryGetValue((person, badge.Id), out var held);
                    if (isHeld && !badge.Repeatable)
                    {
                        continue;
                    }

                    if (!Holds(badge.Criteria, person, now, isHeld ? held.At : long.MinValue))
                    {
                        continue;
                    }

                    var number = (isHeld ? held.Count : 0) + 1;
                    var id = badge.Repeatable ? $"badge:{badge.Id}:{person}:{number}" : $"badge:{badge.Id}:{person}";
                    var expires = badge.ExpiryFor(new DateTimeOffset(now, TimeSpan.Zero))?.UtcTicks;
                    _held[(person, badge.Id)] = (id, number, now, expires, false);
                    awards.Add($"{id}@{now}/{expires}/{e.EventId}");
                    for (var d = 0; d < rules.Badges.Count; d++)
                    {
                        if (Requires(rules.Badges[d].Criteria, badge.Id))
                        {
                            queue.Enqueue(d);
                        }
                    }
                }
            }

            return awards;
        }

        public (string Person, string Badge, string AwardId)? RandomHeld(Random random)
        {
            var live = _held.Where(h => !h.Value.Revoked).OrderBy(h => h.Value.AwardId, StringComparer.Ordinal).ToList();
            if (live.Count == 0)
            {
                return null;
            }

            var pick = live[random.Next(live.Count)];
            return (pick.Key.Person, pick.Key.Badge, pick.Value.AwardId);
        }

        public void Revoke(string person, string badge) => _held[(person, badge)] = _held[(person, badge)] with { Revoked = true };

        public bool Holds(string person, string badge, long at) =>
            _held.TryGetValue((person, badge), out var h) && !h.Revoked && (h.Expires is not { } e || at < e);

        private bool Holds(BadgeCriterion criterion, string person, long now, long since)
        {
            IEnumerable<(string Person, string Kind, long Ticks, double Score)> Of(string kind) => _history.Where(h => h.Person == person && h.Kind == kind);
            long Start(TimeSpan? within) => within is { } w ? Math.Max(since, now - w.Ticks) : since;
            switch (criterion)
            {
                case EventCountCriterion c:
                    return Of(c.EventKind).Count(h => h.Ticks > Start(c.Within) && h.Ticks <= now) >= c.AtLeast;
                case FirstTimeCriterion f:
                    return Of(f.EventKind).Any(h => h.Ticks > since && h.Ticks <= now);
                case StreakCriterion s:
                    // Every recorded event counts for weeks (late ones too); after an award only weeks after its week.
                    var after = since == long.MinValue ? long.MinValue : weekOf(new DateTimeOffset(since, TimeSpan.Zero));
                    var weeks = Of(s.EventKind).GroupBy(h => weekOf(new DateTimeOffset(h.Ticks, TimeSpan.Zero)))
                        .Where(g => g.Key > after && g.Count() >= s.PerWeek).Select(g => g.Key).ToHashSet();
                    return weeks.Any(w => !weeks.Contains(w - 1) && Enumerable.Range(0, s.Weeks).All(k => weeks.Contains(w + k)));
                case ScoreThresholdCriterion sc:
                    var scores = Of(sc.EventKind).Where(h => h.Ticks > Start(sc.Within) && h.Ticks <= now && !double.IsNaN(h.Score)).Select(h => h.Score).ToList();
                    return scores.Count >= sc.MinCount && scores.Average() >= sc.MinAverage - 1e-12;
                case PrerequisiteBadgeCriterion p:
                    return Holds(person, p.BadgeId, now);
                case AllOfCriterion all:
                    return all.Criteria.All(c => Holds(c, person, now, since));
                case AnyOfCriterion any:
                    return any.Criteria.Any(c => Holds(c, person, now, since));
                default:
                    return false;
            }
        }

        private static bool Reads(BadgeCriterion c, string kind) => c switch
        {
            EventCountCriterion x => x.EventKind == kind,
            FirstTimeCriterion x => x.EventKind == kind,
            StreakCriterion x => x.EventKind == kind,
            ScoreThresholdCriterion x => x.EventKind == kind,
            AllOfCriterion all => all.Criteria.Any(i => Reads(i, kind)),
            AnyOfCriterion any => any.Criteria.Any(i => Reads(i, kind)),
            _ => false,
        };

        private static bool Requires(BadgeCriterion c, string badge) => c switch
        {
            PrerequisiteBadgeCriterion p => p.BadgeId == badge,
            AllOfCriterion all => all.Criteria.Any(i => Requires(i, badge)),
            AnyOfCriterion any => any.Criteria.Any(i => Requires(i, badge)),
            _ => false,
        };
    }
}
