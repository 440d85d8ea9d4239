using BenchmarkDotNet.Attributes;
using PeerLearning.Events;
using PeerLearning.Recognition;

namespace PeerLearning.Benchmarks.Recognition;

/// <summary>
/// Target: 1,000,000 events through the badge rules engine with 50 rules, in memory, in under 10 s.
/// Events: sessions (2 attendees), shared content, reviewer grades and kudos among 20,000 people over one year.
/// </summary>
[MemoryDiagnoser]
public class BadgeRulesBenchmarks
{
    private const int People = 20_000;
    private LearningEvent[] _events = [];
    private BadgeRuleSet _rules = null!;

    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = Rules(50);
        var random = new Random(7);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(365).Ticks / Events;
        _events = new LearningEvent[Events];
        for (var i = 0; i < Events; i++)
        {
            var at = start.AddTicks(step * i);
            var a = $"p{random.Next(People)}";
            var b = $"p{random.Next(People)}";
            var id = $"e{i}";
            _events[i] = (i % 4) switch
            {
                0 => new SessionHeld { EventId = id, OccurredAt = at, MatchId = "m", AttendeeIds = [a, b] },
                1 => new ContentShared { EventId = id, OccurredAt = at, ContentId = id, SharerId = a },
                2 => new ReviewerGraded { EventId = id, OccurredAt = at, ReviewerId = a, ScaledGrade = random.NextDouble() },
                _ => new KudosGiven { EventId = id, OccurredAt = at, KudosId = id, GiverId = a, ReceiverIds = [b], Points = 5 },
            };
        }
    }

    /// <summary>The evaluator before the kind-indexed, array-based rewrite (same awards), as the same-run baseline.</summary>
    [Benchmark(Baseline = true)]
    public int Evaluate_all_events_reference()
    {
        var evaluator = new ReferenceBadgeRuleEvaluator(_rules);
        var awards = 0;
        foreach (var e in _events)
        {
            awards += evaluator.Observe(e).Count;
        }

        return awards;
    }

    [Benchmark]
    public int Evaluate_all_events()
    {
        var evaluator = new BadgeRuleEvaluator(_rules);
        var awards = 0;
        foreach (var e in _events)
        {
            awards += evaluator.Observe(e).Count;
        }

        return awards;
    }

    /// <summary>50 rules of every kind: counts in windows, first-time, streaks, score thresholds, ALL with prerequisites, ANY.</summary>
    public static BadgeRuleSet Rules(int count)
    {
        string[] kinds = ["sessionHeld", "contentShared", "kudosGiven", "kudosReceived", "reviewerGraded"];
        var badges = new List<BadgeDefinition>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            BadgeCriterion criterion = (i % 6) switch
            {
                0 => new EventCountCriterion(kind, 3 + (i % 7), TimeSpan.FromDays(30 + (i % 4 * 30))),
                1 => new FirstTimeCriterion(kind),
                2 => new StreakCriterion(kind, 2 + (i % 4), 1 + (i % 2)),
                3 => new ScoreThresholdCriterion("reviewerGraded", 0.5 + (0.05 * (i % 5)), 3 + (i % 5), null),
                4 => new AllOfCriterion([new EventCountCriterion(kind, 2, null), new PrerequisiteBadgeCriterion($"b{i - 3}")]),
                _ => new AnyOfCriterion([new EventCountCriterion(kind, 10, TimeSpan.FromDays(60)), new EventCountCriterion(kinds[(i + 1) % kinds.Length], 12, TimeSpan.FromDays(60))]),
            };
            badges.Add(new BadgeDefinition { Id = $"b{i}", Name = $"Badge {i}", Criteria = criterion, Repeatable = i % 10 == 9, Points = i % 3 == 0 ? 10 : 0 });
        }

        return new BadgeRuleSet { Badges = badges, TimeZoneId = "Europe/Berlin" };
    }
}
