namespace PeerLearning.Cli.Tests;

public sealed class RecognitionCommandTests
{
    private const string Events = """
        {"type":"kudosGiven","eventId":"k1","occurredAt":"2026-03-02T09:00:00Z","kudosId":"k1","giverId":"ann","receiverIds":["bob"],"message":"thanks for the review","points":20}
        {"type":"kudosGiven","eventId":"k2","occurredAt":"2026-03-02T10:00:00Z","kudosId":"k2","giverId":"bob","receiverIds":["bob"],"message":"me me me","points":5}
        {"type":"kudosGiven","eventId":"k3","occurredAt":"2026-03-03T10:00:00Z","kudosId":"k3","giverId":"cat","receiverIds":["bob"],"message":"great session","points":150}
        {"type":"sessionHeld","eventId":"s1","occurredAt":"2026-03-03T11:00:00Z","matchId":"m1","attendeeIds":["ann","cat"]}
        {"type":"sessionHeld","eventId":"s2","occurredAt":"2026-03-04T11:00:00Z","matchId":"m1","attendeeIds":["ann","cat"]}
        """;

    private const string Badges = """
        { "badges": [
          { "id": "first-session", "name": "First session", "criteria": { "type": "first", "event": "sessionHeld" } },
          { "id": "two-sessions", "name": "Two sessions", "points": 30, "criteria": { "type": "count", "event": "sessionHeld", "atLeast": 2 } }
        ] }
        """;

    [Fact]
    public async Task Recognize_replays_kudos_and_events_and_prints_outcomes_badges_and_the_board()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("events.jsonl"), Events);
        await File.WriteAllTextAsync(folder.File("badges.json"), Badges);

        var (code, output, error) = await CliRunner.RunAsync("recognize", "--events", folder.File("events.jsonl"), "--badges", folder.File("badges.json"));

        Assert.True(code == 0, error);
        Assert.Contains("kudos: 3 (1 Recorded, 2 Blocked)", output, StringComparison.Ordinal);
        Assert.Contains("k2 Blocked: no-self-kudos: bob cannot give kudos to themselves", output, StringComparison.Ordinal);
        Assert.Contains("k3 Blocked: giving-allowance: costs 150 points but only 100 are left to give in 2026-03", output, StringComparison.Ordinal);
        Assert.Contains("first-session: 2 award(s): ann, cat", output, StringComparison.Ordinal);
        Assert.Contains("two-sessions: 2 award(s): ann, cat", output, StringComparison.Ordinal);
        var board = output[output.IndexOf("leaderboard", StringComparison.Ordinal)..].Split('\n').Skip(1).Take(3).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["1. ann 30", "1. cat 30", "3. bob 20"], board);
    }

    [Fact]
    public async Task Recognize_with_a_database_is_idempotent_across_runs()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("events.jsonl"), Events);
        await File.WriteAllTextAsync(folder.File("badges.json"), Badges);
        string[] args = ["recognize", "--events", folder.File("events.jsonl"), "--badges", folder.File("badges.json"), "--db", folder.File("ledger.db")];

        var first = await CliRunner.RunAsync(args);
        var second = await CliRunner.RunAsync(args);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("kudos: 3 (1 Recorded, 2 Blocked)", first.Output, StringComparison.Ordinal);
        Assert.Contains("kudos: 3 (2 Blocked, 1 Duplicate)", second.Output, StringComparison.Ordinal);
        Assert.Contains("badges awarded: 0", second.Output, StringComparison.Ordinal);
        var firstBoard = first.Output[first.Output.IndexOf("leaderboard", StringComparison.Ordinal)..];
        var secondBoard = second.Output[second.Output.IndexOf("leaderboard", StringComparison.Ordinal)..];
        Assert.Equal(firstBoard, secondBoard);
    }

    [Fact]
    public async Task Recognize_lists_badges_expiring_within_thirty_days_of_the_last_event()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("events.jsonl"), Events);
        await File.WriteAllTextAsync(folder.File("badges.json"), Badges.Replace("\"points\": 30,", "\"points\": 30, \"expiry\": { \"afterDays\": 10 },", StringComparison.Ordinal));

        var (code, output, error) = await CliRunner.RunAsync("recognize", "--events", folder.File("events.jsonl"), "--badges", folder.File("badges.json"));

        Assert.True(code == 0, error);
        Assert.Contains("badges expiring within 30 days: 2", output, StringComparison.Ordinal);
        Assert.Contains("  Two sessions held by ann expires 2026-03-14 (in 10 days)", output, StringComparison.Ordinal);
        Assert.Contains("  Two sessions held by cat expires 2026-03-14 (in 10 days)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_badge_rules_are_reported_with_badge_and_field()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("events.jsonl"), Events);
        await File.WriteAllTextAsync(folder.File("badges.json"), """{ "badges": [ { "id": "x", "name": "X", "criteria": { "type": "count", "event": "nope" } } ] }""");

        var (code, _, error) = await CliRunner.RunAsync("recognize", "--events", folder.File("events.jsonl"), "--badges", folder.File("badges.json"));

        Assert.Equal(1, code);
        Assert.Contains("x criteria.atLeast: is required", error, StringComparison.Ordinal);
        Assert.Contains("x criteria.event: unknown event kind 'nope'", error, StringComparison.Ordinal);
    }
}
