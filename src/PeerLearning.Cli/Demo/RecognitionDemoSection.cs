using System.Globalization;
using PeerLearning.Cli.Commands;
using PeerLearning.Events;
using PeerLearning.Recognition;

namespace PeerLearning.Cli.Demo;

/// <summary>
/// Kudos under policies (one held for approval, then approved), badges from the sessions and reviews of the earlier
/// sections plus eight weeks of simulated sessions and kudos, expiry notices, a leaderboard with a "me and my
/// neighbours" view, anti-gaming flags and an Open Badges 3.0 export.
/// </summary>
internal sealed class RecognitionDemoSection : IDemoSection
{
    private const string Badges = """
        {
          "timeZoneId": "Europe/Berlin",
          "badges": [
            { "id": "first-session", "name": "First session", "criteria": { "type": "first", "event": "sessionHeld" } },
            { "id": "dedicated-mentor", "name": "Dedicated mentor", "points": 50, "expiry": { "afterDays": 365 },
              "criteria": { "type": "count", "event": "sessionHeld", "atLeast": 5, "withinDays": 90 } },
            { "id": "steady-learner", "name": "Steady learner", "expiry": { "afterDays": 42 },
              "criteria": { "type": "streak", "event": "sessionHeld", "weeks": 3, "perWeek": 1 } },
            { "id": "quality-reviewer", "name": "Quality reviewer", "criteria": { "type": "score", "event": "reviewerGraded", "minAverage": 0.7, "minCount": 1 } },
            { "id": "appreciated", "name": "Appreciated", "criteria": { "type": "count", "event": "kudosReceived", "atLeast": 3 } },
            { "id": "role-model", "name": "Role model", "criteria": { "type": "all", "criteria": [ { "type": "badge", "badgeId": "dedicated-mentor" }, { "type": "badge", "badgeId": "appreciated" } ] } }
          ]
        }
        """;

    private static readonly string[] Messages =
    [
        "Thanks for walking me through the code review checklist",
        "Your feedback on my design doc made it much clearer",
        "Great mentoring session on negotiation, I feel ready",
        "Thank you for covering the onboarding questions so patiently",
        "Helped me debug the flaky integration test in minutes",
        "Your peer review comments were specific and kind",
    ];

    private static readonly string[] Tags = ["helped me learn", "great mentor", "generous reviewer"];

    public string Title => "Recognition";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var output = context.Output;
        var random = new Random(context.Seed);
        var people = context.People;
        var end = new DateTimeOffset(context.AsOf.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var start = end.AddDays(-56);
        var events = new List<LearningEvent>(context.Events.Events.Where(e => e.OccurredAt <= end));

        // Eight weeks of mentoring: 40 pairs, each meeting in about two weeks out of three.
        var pairs = Enumerable.Range(0, Math.Min(40, people.Count / 2)).Select(_ => (people[random.Next(people.Count)].Id, people[random.Next(people.Count)].Id)).Where(p => p.Item1 != p.Item2).ToList();
        for (var week = 0; week < 8; week++)
        {
            foreach (var (a, b) in pairs)
            {
                if (random.NextDouble() < 0.7)
                {
                    events.Add(new SessionHeld { EventId = Invariant($"demo-session-{week}-{a}-{b}"), OccurredAt = start.AddDays((week * 7) + random.Next(5)).AddHours(random.Next(8)), MatchId = $"{a}-{b}", AttendeeIds = [a, b] });
                }
            }
        }

        // Kudos between mentoring partners, one self-kudos, one too generous, and a ring of three thanking each other.
        var kudosCount = 0;
        KudosGiven Kudos(string giver, string receiver, int points, string message, DateTimeOffset at) =>
            new() { EventId = $"demo-kudos-{++kudosCount}", KudosId = $"demo-kudos-{kudosCount}", OccurredAt = at, GiverId = giver, ReceiverIds = [receiver], Points = points, Message = message, Tags = [Tags[kudosCount % Tags.Length]] };
        foreach (var (a, b) in pairs)
        {
            events.Add(Kudos(b, a, 5 * (1 + random.Next(4)), Messages[random.Next(Messages.Length)], start.AddDays(random.Next(56)).AddHours(9)));
        }

        events.Add(Kudos(pairs[0].Item1, pairs[0].Item1, 10, "I was great this week, honestly", end.AddHours(-5)));
        events.Add(Kudos(pairs[1].Item1, pairs[1].Item2, 80, "Legendary help with the release, thank you", end.AddHours(-4)));
        var thanked = pairs[Math.Min(2, pairs.Count - 1)];
        var bigThanks = Kudos(thanked.Item2, thanked.Item1, 45, "Stayed late to help me ship the accessibility fixes", end.AddHours(-3));
        events.Add(bigThanks);
        var ring = people.Skip(people.Count - 3).Select(p => p.Id).ToArray();
        for (var i = 0; i < 6; i++)
        {
            events.Add(Kudos(ring[i % 3], ring[(i + 1) % 3], 15, "thanks for the help!!", end.AddDays(-10 + i)));
        }

        var options = new RecognitionOptions { MaxPointsPerKudos = 50, MinimumMessageLength = 10, RequireValueTag = true, BadgeRules = BadgeRuleSet.Parse(Badges) };
        options.ApprovalThresholds.Add(new ApprovalThreshold(40, 1));
        options.GivingAllowance.TimeZoneId = "Europe/Berlin";
        options.Leaderboards.TimeZoneId = "Europe/Berlin";
        options.AntiGaming.MinPairKudos = 4;
        options.AntiGaming.MinCycleEdgeKudos = 2;
        var store = new InMemoryRecognitionStore();
        var report = await RecognitionCommands.ReplayAsync(events, people, store, options, cancellationToken).ConfigureAwait(false);
        await RecognitionCommands.WriteReportAsync(output, report, store, LeaderboardWindow.AllTime, LeaderboardMetric.Points, 5, cancellationToken).ConfigureAwait(false);

        // The kudos held for approval waits in the store; a new engine (as after a restart) approves it.
        if (report.Pending.Any(p => p.KudosId == bigThanks.KudosId))
        {
            var approver = new KudosEngine(store, options.CreatePolicies(), new ParticipantDirectory(people), options.GivingAllowance, RecognitionCommands.FixedClock(report.LastEventAt), new InMemoryLearningEventSink());
            var approved = await approver.ApproveAsync(bigThanks.KudosId, new KudosApproval("people-lead", 1), cancellationToken).ConfigureAwait(false);
            output.WriteLine(Invariant($"approved {bigThanks.KudosId} at level 1: {approved.Status}, {approved.PointsPerReceiver} points to {bigThanks.ReceiverIds[0]}; still waiting: {(await store.GetPendingKudosAsync(cancellationToken).ConfigureAwait(false)).Count}"));
        }

        var entries = await store.GetEntriesBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        var board = report.Leaderboards.Build(entries, new LeaderboardQuery { At = report.LastEventAt, Window = LeaderboardWindow.AllTime });
        var me = pairs[^1].Item2;
        output.WriteLine($"me and my neighbours ({me}):");
        foreach (var row in board.Around(me, 2))
        {
            output.WriteLine(Invariant($"  {row.Rank,3}. {row.ParticipantId,-16} {row.Score,8}{(row.ParticipantId == me ? "  <- me" : string.Empty)}"));
        }

        if (report.Awards.Count > 0 && report.Awards[0] is { } award)
        {
            var exporter = new OpenBadgesExporter(new OpenBadgesOptions
            {
                IssuerId = new Uri("https://learning.example.com/issuer"),
                IssuerName = "Example Corp Learning",
                IssuerUrl = new Uri("https://learning.example.com/"),
                IssuerEmail = "badges@example.com",
                BaseUrl = new Uri("https://learning.example.com/ob/"),
                DefaultImage = new Uri("https://learning.example.com/img/badge.png"),
            });
            var badge = options.BadgeRules.Badges.Single(b => b.Id == award.BadgeId);
            var email = people.FirstOrDefault(p => p.Id == award.ParticipantId)?.Email ?? $"{award.ParticipantId}@example.com";
            var credential = await exporter.CredentialV3Async(award, badge, email, "demo-salt", cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Open Badges 3.0: {award.AwardId} -> {credential["type"]!.ToJsonString()} validFrom {credential["validFrom"]}, recipient {credential["credentialSubject"]!["identifier"]![0]!["identityHash"]}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
