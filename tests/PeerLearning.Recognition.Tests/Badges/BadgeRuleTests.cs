using Microsoft.Extensions.Time.Testing;
using PeerLearning.Events;

namespace PeerLearning.Recognition.Tests.Badges;

public sealed class BadgeRuleTests
{
    // Monday 2 March 2026, 10:00 in Berlin.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private const string Rules = """
        {
          "timeZoneId": "Europe/Berlin",
          "badges": [
            { "id": "first-session", "name": "First session", "criteria": { "type": "first", "event": "sessionHeld" } },
            { "id": "mentor-5", "name": "Dedicated mentor", "points": 50, "expiry": { "afterDays": 365 },
              "criteria": { "type": "count", "event": "sessionHeld", "atLeast": 5, "withinDays": 90 } },
            { "id": "streak-3", "name": "Three-week streak", "criteria": { "type": "streak", "event": "sessionHeld", "weeks": 3, "perWeek": 2 } },
            { "id": "quality-reviewer", "name": "Quality reviewer",
              "criteria": { "type": "score", "event": "reviewerGraded", "minAverage": 0.8, "minCount": 3 } },
            { "id": "master-mentor", "name": "Master mentor",
              "criteria": { "type": "all", "criteria": [ { "type": "badge", "badgeId": "mentor-5" }, { "type": "badge", "badgeId": "quality-reviewer" } ] } },
            { "id": "sharer", "name": "Sharer", "repeatable": true,
              "criteria": { "type": "any", "criteria": [ { "type": "count", "event": "contentShared", "atLeast": 2 }, { "type": "count", "event": "kudosReceived", "atLeast": 3 } ] } },
            { "id": "spot-award", "name": "Spot award", "points": 100, "expiry": { "at": "2026-12-31T23:00:00Z" },
              "criteria": { "type": "manual", "roles": ["manager", "programAdmin"] } }
          ]
        }
        """;

    private static SessionHeld Session(string id, DateTimeOffset at, params string[] attendees) =>
        new() { EventId = id, OccurredAt = at, MatchId = "m1", AttendeeIds = attendees.Length == 0 ? ["ann", "bob"] : attendees };

    private static ReviewerGraded Graded(string id, DateTimeOffset at, double grade) => new() { EventId = id, OccurredAt = at, ReviewerId = "ann", ScaledGrade = grade };

    private static ContentShared Shared(string id, DateTimeOffset at) => new() { EventId = id, OccurredAt = at, ContentId = "c-" + id, SharerId = "ann" };

    private static List<string> Feed(BadgeRuleEvaluator evaluator, params LearningEvent[] events) =>
        events.SelectMany(evaluator.Observe).Select(a => $"{a.BadgeId}:{a.ParticipantId}").ToList();

    [Fact]
    public void First_time_badge_is_awarded_on_the_first_event_once_per_person()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));

        var first = Feed(evaluator, Session("s1", Monday));
        var second = Feed(evaluator, Session("s2", Monday.AddDays(1)));

        Assert.Equal(["first-session:ann", "first-session:bob"], first);
        Assert.Empty(second);
    }

    [Fact]
    public void Count_in_window_needs_five_sessions_within_ninety_days()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));
        // Four sessions, then a long gap: the fifth is more than 90 days after the first, so only 4 fall in the window.
        Feed(evaluator, Session("s1", Monday, "ann"), Session("s2", Monday.AddDays(30), "ann"), Session("s3", Monday.AddDays(60), "ann"), Session("s4", Monday.AddDays(61), "ann"));

        var fifth = Feed(evaluator, Session("s5", Monday.AddDays(91), "ann"));
        var sixth = Feed(evaluator, Session("s6", Monday.AddDays(92), "ann"));

        Assert.DoesNotContain("mentor-5:ann", fifth);
        Assert.Contains("mentor-5:ann", sixth);
    }

    [Fact]
    public void A_redelivered_event_counts_once()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));
        var same = Session("s1", Monday, "ann");

        var awards = Feed(evaluator, same, same, same, same, same);

        Assert.Equal(["first-session:ann"], awards);
    }

    [Fact]
    public void Streak_needs_consecutive_iso_weeks_in_the_rule_time_zone()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));
        // Week 1: two sessions. Week 2: two sessions, the second at 23:30 UTC on Sunday 15 March,
        // which is already Monday 16 March 00:30 in Berlin, so it is the second session of week 3 (in UTC it would be week 2's third).
        Feed(evaluator, Session("a", Monday, "ann"), Session("b", Monday.AddDays(2), "ann"));
        Feed(evaluator, Session("c", Monday.AddDays(7), "ann"), Session("d", Monday.AddDays(9), "ann"));
        Assert.DoesNotContain("streak-3:ann", Feed(evaluator, Session("f", Monday.AddDays(15), "ann")));
        var lateSunday = Feed(evaluator, Session("e", new DateTimeOffset(2026, 3, 15, 23, 30, 0, TimeSpan.Zero), "ann"));

        Assert.Contains("streak-3:ann", lateSunday);
        Assert.Equal(evaluator.WeekOf(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)), evaluator.WeekOf(new DateTimeOffset(2026, 3, 15, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Streak_is_broken_by_a_week_below_the_minimum()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));

        var awards = Feed(
            evaluator,
            Session("a", Monday, "bob"), Session("b", Monday.AddDays(1), "bob"),
            Session("c", Monday.AddDays(7), "bob"),
            Session("d", Monday.AddDays(14), "bob"), Session("e", Monday.AddDays(15), "bob"),
            Session("f", Monday.AddDays(21), "bob"), Session("g", Monday.AddDays(22), "bob"));

        Assert.DoesNotContain("streak-3:bob", awards);
        var third = Feed(evaluator, Session("h", Monday.AddDays(28), "bob"), Session("i", Monday.AddDays(29), "bob"));
        Assert.Contains("streak-3:bob", third);
    }

    [Fact]
    public void Score_threshold_needs_enough_results_with_a_high_enough_mean()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));

        var two = Feed(evaluator, Graded("g1", Monday, 0.9), Graded("g2", Monday.AddDays(1), 0.9));
        var lowThird = Feed(evaluator, Graded("g3", Monday.AddDays(2), 0.5));
        var fourth = Feed(evaluator, Graded("g4", Monday.AddDays(3), 0.95));

        Assert.Empty(two);
        Assert.Empty(lowThird); // mean 0.767
        Assert.Equal(["quality-reviewer:ann"], fourth); // mean 0.8125
    }

    [Fact]
    public void Prerequisites_and_all_award_the_combined_badge_when_the_last_part_is_earned()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));
        Feed(evaluator, Graded("g1", Monday, 1), Graded("g2", Monday, 1), Graded("g3", Monday, 1));

        var awards = Feed(evaluator, Enumerable.Range(0, 5).Select(i => (LearningEvent)Session($"s{i}", Monday.AddDays(i), "ann")).ToArray());

        Assert.Equal(["first-session:ann", "mentor-5:ann", "master-mentor:ann"], awards);
    }

    [Fact]
    public void Any_of_and_repeatable_award_again_only_for_new_events()
    {
        var evaluator = new BadgeRuleEvaluator(BadgeRuleSet.Parse(Rules));
        var kudos = new KudosGiven { EventId = "k1", OccurredAt = Monday, KudosId = "k1", GiverId = "bob", ReceiverIds = ["ann"] };

        var first = evaluator.Observe(Shared("c1", Monday)).Concat(evaluator.Observe(Shared("c2", Monday.AddHours(1)))).ToList();
        var third = evaluator.Observe(Shared("c3", Monday.AddHours(2)));
        var fourth = evaluator.Observe(Shared("c4", Monday.AddHours(3)));
        var viaKudos = new[] { "k1", "k2", "k3" }.SelectMany(id => evaluator.Observe(kudos with { EventId = id, KudosId = id, OccurredAt = Monday.AddHours(4) })).ToList();

        Assert.Equal("badge:sharer:ann:1", Assert.Single(first).AwardId);
        Assert.Empty(third);
        Assert.Equal("badge:sharer:ann:2", Assert.Single(fourth).AwardId);
        Assert.Equal("badge:sharer:ann:3", Assert.Single(viaKudos).AwardId);
    }

    [Fact]
    public void Invalid_rules_report_every_problem_with_badge_and_field()
    {
        const string bad = """
            { "timeZoneId": "Nowhere/City", "badges": [
              { "id": "a", "name": "A", "criteria": { "type": "count", "event": "sessionsHeld", "atLeast": 0 } },
              { "id": "a", "name": "", "criteria": { "type": "all", "criteria": [ { "type": "badge", "badgeId": "zzz" }, { "type": "manual", "roles": ["x"] } ] } },
              { "id": "c", "name": "C", "criteria": { "type": "sometimes" }, "expiry": { "afterDays": -1 } }
            ] }
            """;

        var ex = Assert.Throws<PeerLearningValidationException>(() => BadgeRuleSet.Parse(bad));

        var found = ex.Problems.Select(p => $"{p.ItemId} {p.Field}").ToList();
        Assert.Contains("c criteria.type", found);
        Assert.Contains("c expiry.afterDays", found);
        Assert.Contains("(rules) timeZoneId", found);
        Assert.Contains("a id", found);
        Assert.Contains("a criteria.event", found);
        Assert.Contains("a criteria.atLeast", found);
        Assert.Contains("a name", found);
        Assert.Contains("a criteria.criteria[0].badgeId", found);
        Assert.Contains("a criteria.criteria[1]", found);
    }

    [Fact]
    public async Task Engine_stores_award_and_points_together_and_announces_them()
    {
        var time = new FakeTimeProvider(Monday);
        var store = new InMemoryRecognitionStore();
        var sink = new InMemoryLearningEventSink();
        var engine = new BadgeEngine(BadgeRuleSet.Parse(Rules), store, sink, time);

        foreach (var i in Enumerable.Range(0, 5))
        {
            await engine.ProcessAsync(Session($"s{i}", Monday.AddDays(i), "ann"));
        }

        var mentor = Assert.Single(await store.GetAwardsAsync("ann"), a => a.BadgeId == "mentor-5");
        Assert.Equal(Monday.AddDays(4).AddDays(365), mentor.ExpiresAt);
        Assert.Equal("s4", mentor.SourceEventId);
        Assert.Equal(50, (await store.GetBalancesAsync("ann")).OrganizationAward);
        Assert.Contains(sink.Events, e => e is BadgeAwarded { BadgeId: "mentor-5", BadgeName: "Dedicated mentor", ParticipantId: "ann" });
        Assert.Contains(sink.Events, e => e is PointsAwarded { ParticipantId: "ann", Points: 50 });
    }

    [Fact]
    public async Task Manual_award_checks_the_role_and_has_a_fixed_expiry()
    {
        var time = new FakeTimeProvider(Monday);
        var store = new InMemoryRecognitionStore();
        var engine = new BadgeEngine(BadgeRuleSet.Parse(Rules), store, new InMemoryLearningEventSink(), time);

        var wrongRole = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.AwardManuallyAsync("spot-award", "bob", "carl", "peer").AsTask());
        var notManual = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.AwardManuallyAsync("mentor-5", "bob", "carl", "manager").AsTask());
        var award = await engine.AwardManuallyAsync("spot-award", "bob", "carl", "Manager");
        var again = await engine.AwardManuallyAsync("spot-award", "bob", "dana", "manager");

        Assert.Equal("awarderRole", wrongRole.Problems[0].Field);
        Assert.Equal("criteria", notManual.Problems[0].Field);
        Assert.Equal("carl", award.AwardedBy);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), award.ExpiresAt);
        Assert.Equal(award, again);
        Assert.Equal(100, (await store.GetBalancesAsync("bob")).OrganizationAward);
        Assert.True(award.IsValidAt(new DateTimeOffset(2026, 12, 31, 22, 59, 0, TimeSpan.Zero)));
        Assert.False(award.IsValidAt(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Revocation_keeps_the_reason_takes_back_points_and_stops_prerequisites()
    {
        var time = new FakeTimeProvider(Monday.AddDays(10));
        var store = new InMemoryRecognitionStore();
        var sink = new InMemoryLearningEventSink();
        var engine = new BadgeEngine(BadgeRuleSet.Parse(Rules), store, sink, time);
        foreach (var i in Enumerable.Range(0, 5))
        {
            await engine.ProcessAsync(Session($"s{i}", Monday.AddDays(i), "ann"));
        }

        var revoked = await engine.RevokeAsync("badge:mentor-5:ann", "sessions were not held");
        // With mentor-5 revoked, earning quality-reviewer does not complete master-mentor.
        foreach (var i in Enumerable.Range(0, 3))
        {
            await engine.ProcessAsync(Graded($"g{i}", Monday.AddDays(11 + i), 0.9));
        }

        Assert.NotNull(revoked);
        Assert.Equal("sessions were not held", revoked.RevocationReason);
        Assert.Equal(Monday.AddDays(10), revoked.RevokedAt);
        Assert.Equal(0, (await store.GetBalancesAsync("ann")).OrganizationAward);
        Assert.Contains(sink.Events, e => e is BadgeRevoked { AwardId: "badge:mentor-5:ann", Reason: "sessions were not held" });
        var badges = (await store.GetAwardsAsync("ann")).Select(a => a.BadgeId).ToList();
        Assert.Contains("quality-reviewer", badges);
        Assert.DoesNotContain("master-mentor", badges);
        Assert.False(engine.Evaluator.Holds("ann", "mentor-5", Monday.AddDays(20)));
    }

    [Fact]
    public void Expired_prerequisite_does_not_count()
    {
        var rules = new BadgeRuleSet
        {
            Badges =
            [
                new BadgeDefinition { Id = "short", Name = "Short", Criteria = new FirstTimeCriterion("contentShared"), ExpiresAfter = TimeSpan.FromDays(7) },
                new BadgeDefinition { Id = "needs-short", Name = "Needs short", Criteria = new AllOfCriterion([new PrerequisiteBadgeCriterion("short"), new FirstTimeCriterion("reviewerGraded")]) },
            ],
        };
        var evaluator = new BadgeRuleEvaluator(rules);
        Feed(evaluator, Shared("c1", Monday));

        var afterExpiry = Feed(evaluator, Graded("g1", Monday.AddDays(7), 1));

        Assert.Empty(afterExpiry);
        Assert.False(evaluator.Holds("ann", "short", Monday.AddDays(7)));
        Assert.True(evaluator.Holds("ann", "short", Monday.AddDays(7).AddTicks(-1)));
    }

    [Fact]
    public async Task Expiry_notices_list_relative_and_fixed_expiries_within_the_horizon_soonest_first()
    {
        var time = new FakeTimeProvider(Monday);
        var store = new InMemoryRecognitionStore();
        var engine = new BadgeEngine(BadgeRuleSet.Parse(Rules), store, new InMemoryLearningEventSink(), time);
        foreach (var i in Enumerable.Range(0, 5))
        {
            await engine.ProcessAsync(Session($"s{i}", Monday.AddDays(i)));
        }

        await engine.AwardManuallyAsync("spot-award", "cy", "carl", "manager");
        var mentorExpiry = Monday.AddDays(4 + 365); // relative: 365 days after the fifth session
        var spotExpiry = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero); // fixed

        var now = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));
        time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero));
        var december = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));
        time.SetUtcNow(mentorExpiry.AddDays(-30));
        var exactlyAtHorizon = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));
        time.SetUtcNow(mentorExpiry.AddDays(-10));
        var beforeMentorExpiry = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));
        await engine.RevokeAsync("badge:mentor-5:bob", "sessions were not held");
        var afterRevocation = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));
        time.SetUtcNow(mentorExpiry);
        var atExpiry = await engine.ExpiringWithinAsync(TimeSpan.FromDays(30));

        Assert.Empty(now);
        var spot = Assert.Single(december);
        Assert.Equal(("badge:spot-award:cy", "Spot award", spotExpiry - new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero)), (spot.Award.AwardId, spot.BadgeName, spot.TimeLeft));
        Assert.Equal(["badge:mentor-5:ann", "badge:mentor-5:bob"], beforeMentorExpiry.Select(n => n.Award.AwardId));
        Assert.All(beforeMentorExpiry, n => Assert.Equal(TimeSpan.FromDays(10), n.TimeLeft));
        Assert.Equal(["badge:mentor-5:ann"], afterRevocation.Select(n => n.Award.AwardId));
        Assert.Equal(["badge:mentor-5:ann", "badge:mentor-5:bob"], exactlyAtHorizon.Select(n => n.Award.AwardId)); // the spot award expired in December
        Assert.Empty(atExpiry); // no longer valid at its expiry instant
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => engine.ExpiringWithinAsync(TimeSpan.Zero).AsTask());
    }
}
