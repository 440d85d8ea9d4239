using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PeerLearning.Events;
using PeerLearning.Recognition;
using PeerLearning.Storage.Sqlite;

namespace PeerLearning.Cli.Commands;

/// <summary>
/// <c>peerlearn recognize --events FILE [--badges FILE] [--people FILE] [--db FILE] [--window W] [--metric M] [--top N]</c>:
/// replays domain events (kudos through the kudos policies, every event through the badge rules), then prints the
/// kudos outcomes, the badges awarded, a leaderboard and the anti-gaming flags.
/// </summary>
internal static class RecognitionCommands
{
    public static Command Create()
    {
        var events = new Option<FileInfo>("--events") { Description = "Domain events as a JSON array or JSON lines, each with a \"type\" (kudosGiven, sessionHeld, reviewerGraded, contentShared, ...).", Required = true };
        var badges = new Option<FileInfo?>("--badges") { Description = "Badge rules as JSON ({ \"timeZoneId\": ..., \"badges\": [...] })." };
        var people = new Option<FileInfo?>("--people") { Description = "Participants (.json or .csv) for roles, departments and opt-outs; without it everyone in the events is a participant." };
        var db = new Option<FileInfo?>("--db") { Description = "A SQLite file for the ledger (kept between runs; replays are idempotent); in memory when left out." };
        var window = new Option<LeaderboardWindow>("--window") { Description = "Leaderboard window: Week, Month, Quarter or AllTime (ending at the last event).", DefaultValueFactory = _ => LeaderboardWindow.AllTime };
        var metric = new Option<LeaderboardMetric>("--metric") { Description = "Leaderboard metric: Points or Recognitions.", DefaultValueFactory = _ => LeaderboardMetric.Points };
        var top = new Option<int>("--top") { Description = "Leaderboard rows to print.", DefaultValueFactory = _ => 10 };
        var allowance = new Option<int>("--allowance") { Description = "Giving allowance per person per month.", DefaultValueFactory = _ => 100 };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone for allowance periods and leaderboard windows.", DefaultValueFactory = _ => "UTC" };
        var command = new Command("recognize", "Replay kudos and learning events: kudos policies, points ledger, badge rules, leaderboard and anti-gaming flags.")
        {
            events, badges, people, db, window, metric, top, allowance, timeZone,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var eventsFile = parseResult.GetValue(events)!;
            var (parsedEvents, eventProblems) = await ReadEventsAsync(eventsFile, cancellationToken).ConfigureAwait(false);
            if (eventProblems.Count > 0)
            {
                return parseResult.ReportProblems(eventsFile.Name, eventProblems);
            }

            var rules = new BadgeRuleSet { Badges = [] };
            if (parseResult.GetValue(badges) is { } badgesFile)
            {
                try
                {
                    rules = BadgeRuleSet.Parse(await File.ReadAllTextAsync(badgesFile.FullName, cancellationToken).ConfigureAwait(false));
                }
                catch (PeerLearningValidationException e)
                {
                    return parseResult.ReportProblems(badgesFile.Name, e.Problems);
                }
                catch (IOException e)
                {
                    return parseResult.ReportProblems(badgesFile.Name, [new ValidationProblem(badgesFile.Name, "(file)", e.Message)]);
                }
            }

            IReadOnlyList<Participant> participants;
            if (parseResult.GetValue(people) is { } peopleFile)
            {
                var import = await ParticipantFiles.ReadAsync(peopleFile.FullName, cancellationToken).ConfigureAwait(false);
                if (import.Problems.Count > 0)
                {
                    return parseResult.ReportProblems(peopleFile.Name, import.Problems);
                }

                participants = import.Participants;
            }
            else
            {
                participants = PeopleIn(parsedEvents);
            }

            var options = new RecognitionOptions();
            options.GivingAllowance.BasePoints = parseResult.GetValue(allowance);
            options.GivingAllowance.TimeZoneId = parseResult.GetValue(timeZone)!;
            options.Leaderboards.TimeZoneId = options.GivingAllowance.TimeZoneId;
            options.Leaderboards.MinimumPeople = 1;
            options.BadgeRules = rules;
            var optionProblems = options.Validate();
            if (optionProblems.Count > 0)
            {
                return parseResult.ReportProblems("options", optionProblems);
            }

            IRecognitionStore store = parseResult.GetValue(db) is { } dbFile
                ? new SqliteRecognitionStore(new SqliteRecognitionStoreOptions { ConnectionString = $"Data Source={dbFile.FullName}" })
                : new InMemoryRecognitionStore();
            var report = await ReplayAsync(parsedEvents, participants, store, options, cancellationToken).ConfigureAwait(false);
            await WriteReportAsync(parseResult.Out(), report, store, parseResult.GetValue(window), parseResult.GetValue(metric), parseResult.GetValue(top), cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>What a replay did.</summary>
    internal sealed record ReplayReport(
        IReadOnlyList<KudosOutcome> Kudos,
        IReadOnlyList<BadgeAward> Awards,
        IReadOnlyList<GamingFlag> Flags,
        LeaderboardBuilder Leaderboards,
        DateTimeOffset LastEventAt)
    {
        /// <summary>Kudos held for approval in the store after the replay.</summary>
        public IReadOnlyList<PendingKudos> Pending { get; init; } = [];

        /// <summary>Awards expiring within <see cref="ExpiryHorizon"/> of the last event.</summary>
        public IReadOnlyList<BadgeExpiryNotice> ExpiringSoon { get; init; } = [];
    }

    /// <summary>How far ahead the report looks for expiring awards.</summary>
    internal static readonly TimeSpan ExpiryHorizon = TimeSpan.FromDays(30);

    /// <summary>A clock fixed at an instant (the replay's last event).</summary>
    internal static TimeProvider FixedClock(DateTimeOffset now) => new FixedTimeProvider(now);

    /// <summary>Replays events in order through the kudos engine and the badge engine.</summary>
    internal static async Task<ReplayReport> ReplayAsync(IReadOnlyList<LearningEvent> events, IReadOnlyList<Participant> people, IRecognitionStore store, RecognitionOptions options, CancellationToken cancellationToken)
    {
        var sink = new InMemoryLearningEventSink();
        var directory = new ParticipantDirectory(people);
        var last = events.Count == 0 ? DateTimeOffset.UnixEpoch : events.Max(e => e.OccurredAt);
        var clock = new FixedTimeProvider(last);
        var kudosEngine = new KudosEngine(store, options.CreatePolicies(), directory, options.GivingAllowance, clock, sink);
        var badgeEngine = new BadgeEngine(options.BadgeRules ?? new BadgeRuleSet { Badges = [] }, store, sink, clock);
        var kudosOutcomes = new List<KudosOutcome>();
        var awards = new List<BadgeAward>();
        var given = new List<KudosGiven>();
        foreach (var e in events.OrderBy(e => e.OccurredAt))
        {
            if (e is KudosGiven k)
            {
                var outcome = await kudosEngine.GiveAsync(
                    new KudosRequest { KudosId = k.KudosId, GiverId = k.GiverId, ReceiverIds = k.ReceiverIds, Message = k.Message, Tags = k.Tags, Points = k.Points, OccurredAt = k.OccurredAt },
                    cancellationToken).ConfigureAwait(false);
                kudosOutcomes.Add(outcome);
                if (outcome.Status is KudosStatus.Blocked or KudosStatus.PendingApproval)
                {
                    continue;
                }

                given.Add(k);
            }

            awards.AddRange(await badgeEngine.ProcessAsync(e, cancellationToken).ConfigureAwait(false));
        }

        var flags = new AntiGamingAnalyzer(options.AntiGaming).Analyze(given, last);
        return new ReplayReport(kudosOutcomes, awards, flags, new LeaderboardBuilder(directory, options.Leaderboards), last)
        {
            Pending = await store.GetPendingKudosAsync(cancellationToken).ConfigureAwait(false),
            ExpiringSoon = await badgeEngine.ExpiringWithinAsync(ExpiryHorizon, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Prints the replay: kudos, badges, the leaderboard and flags.</summary>
    internal static async Task WriteReportAsync(TextWriter output, ReplayReport report, IRecognitionStore store, LeaderboardWindow window, LeaderboardMetric metric, int top, CancellationToken cancellationToken)
    {
        var byStatus = report.Kudos.GroupBy(k => k.Status).OrderBy(g => g.Key).Select(g => Invariant($"{g.Count()} {g.Key}"));
        await output.WriteLineAsync($"kudos: {report.Kudos.Count} ({string.Join(", ", byStatus)})").ConfigureAwait(false);
        foreach (var k in report.Kudos.Where(k => k.Status is KudosStatus.Blocked or KudosStatus.PendingApproval || k.Flagged))
        {
            await output.WriteLineAsync($"  {k.KudosId} {k.Status}: {string.Join("; ", k.Decisions.Select(d => $"{d.Policy}: {d.Reason}"))}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(Invariant($"badges awarded: {report.Awards.Count}")).ConfigureAwait(false);
        foreach (var group in report.Awards.GroupBy(a => a.BadgeId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var holders = group.Select(a => a.ParticipantId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var more = holders.Count > 6 ? Invariant($", ... ({holders.Count - 6} more)") : string.Empty;
            await output.WriteLineAsync(Invariant($"  {group.Key}: {group.Count()} award(s): {string.Join(", ", holders.Take(6))}{more}")).ConfigureAwait(false);
        }

        if (report.Pending.Count > 0)
        {
            await output.WriteLineAsync(Invariant($"kudos waiting for approval: {report.Pending.Count}")).ConfigureAwait(false);
            foreach (var p in report.Pending)
            {
                var r = p.Request;
                await output.WriteLineAsync(Invariant($"  {p.KudosId} {r.GiverId} -> {string.Join(", ", r.ReceiverIds)}, {r.Points} points, missing level(s) {string.Join(", ", p.MissingApprovalLevels)}, since {p.SubmittedAt:yyyy-MM-dd}")).ConfigureAwait(false);
            }
        }

        if (report.ExpiringSoon.Count > 0)
        {
            await output.WriteLineAsync(Invariant($"badges expiring within {ExpiryHorizon.TotalDays:0} days: {report.ExpiringSoon.Count}")).ConfigureAwait(false);
            foreach (var n in report.ExpiringSoon.Take(6))
            {
                await output.WriteLineAsync(Invariant($"  {n.BadgeName} held by {n.Award.ParticipantId} expires {n.Award.ExpiresAt:yyyy-MM-dd} (in {n.TimeLeft.TotalDays:0.#} days)")).ConfigureAwait(false);
            }

            if (report.ExpiringSoon.Count > 6)
            {
                await output.WriteLineAsync(Invariant($"  ... ({report.ExpiringSoon.Count - 6} more)")).ConfigureAwait(false);
            }
        }

        var entries = await store.GetEntriesBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        var board = report.Leaderboards.Build(entries, new LeaderboardQuery { At = report.LastEventAt, Window = window, Metric = metric });
        await output.WriteLineAsync(Invariant($"leaderboard ({window}, {metric}, {board.Start:yyyy-MM-dd} to {board.End:yyyy-MM-dd}):")).ConfigureAwait(false);
        if (!board.Shown)
        {
            await output.WriteLineAsync($"  not shown: {board.HiddenReason}").ConfigureAwait(false);
        }

        foreach (var row in board.Rows.Take(top))
        {
            await output.WriteLineAsync(Invariant($"  {row.Rank,3}. {row.ParticipantId,-16} {row.Score,8}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Invariant($"anti-gaming flags: {report.Flags.Count}")).ConfigureAwait(false);
        foreach (var f in report.Flags)
        {
            await output.WriteLineAsync($"  {f.Detector}: {f.Reason}").ConfigureAwait(false);
        }
    }

    private static async Task<(IReadOnlyList<LearningEvent> Events, IReadOnlyList<ValidationProblem> Problems)> ReadEventsAsync(FileInfo file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return ([], [new ValidationProblem(file.Name, "(file)", e.Message)]);
        }

        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var problems = new List<ValidationProblem>();
        var events = new List<LearningEvent>();
        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                events.AddRange(JsonSerializer.Deserialize<List<LearningEvent>>(text, json) ?? []);
            }
            catch (JsonException e)
            {
                problems.Add(new ValidationProblem(file.Name, e.Path ?? "(json)", e.Message) { Line = (int?)e.LineNumber + 1 });
            }
        }
        else
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i]))
                {
                    continue;
                }

                try
                {
                    if (JsonSerializer.Deserialize<LearningEvent>(lines[i], json) is { } e)
                    {
                        events.Add(e);
                    }
                }
                catch (JsonException e)
                {
                    problems.Add(new ValidationProblem($"line {i + 1}", e.Path ?? "(json)", e.Message) { Line = i + 1 });
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (string.IsNullOrWhiteSpace(e.EventId))
            {
                problems.Add(new ValidationProblem("(event)", "eventId", "must not be empty"));
            }
        }

        return (events, problems);
    }

    private static List<Participant> PeopleIn(IReadOnlyList<LearningEvent> events)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var (_, person, _) in BadgeEventKinds.Actors(e))
            {
                ids.Add(person);
            }
        }

        return [.. ids.Select(id => new Participant { Id = id, DisplayName = id })];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A clock stopped at the last event, so replays are repeatable.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
