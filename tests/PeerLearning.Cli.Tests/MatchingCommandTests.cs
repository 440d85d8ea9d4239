using System.Text.Json;

namespace PeerLearning.Cli.Tests;

public sealed class MatchingCommandTests
{
    private const string Mentoring = """{"kind":"mentoring","id":"m1","name":"Mentoring","asOf":"2026-01-01","constraints":{"minTimeZoneOverlapHours":2}}""";

    [Fact]
    public async Task Match_writes_explained_matches_reasons_and_quality_as_json()
    {
        using var folder = new CliRunner.TempFolder();
        await CliRunner.RunAsync("generate", "--size", "600", "--seed", "4", "--out", folder.File("people.json"));
        await File.WriteAllTextAsync(folder.File("program.json"), Mentoring);
        var (code, output, error) = await CliRunner.RunAsync("match", "--people", folder.File("people.json"), "--program", folder.File("program.json"), "--strategy", "stable", "--out", folder.File("result.json"));
        Assert.True(code == 0, error);
        Assert.Contains("m1 (stable)", output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("result.json")));
        var root = json.RootElement;
        Assert.Equal("stable", root.GetProperty("strategy").GetString());
        Assert.Equal(0, root.GetProperty("quality").GetProperty("blockingPairs").GetInt32());
        Assert.Equal(0, root.GetProperty("quality").GetProperty("constraintViolations").GetInt32());
        var matches = root.GetProperty("matches").EnumerateArray().ToList();
        Assert.NotEmpty(matches);
        foreach (var m in matches)
        {
            var sum = m.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("points").GetDouble());
            Assert.Equal(m.GetProperty("score").GetDouble(), sum, 9);
        }

        Assert.All(root.GetProperty("unmatched").EnumerateArray(), u => Assert.False(string.IsNullOrEmpty(u.GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task Compare_strategies_prints_one_row_per_strategy()
    {
        using var folder = new CliRunner.TempFolder();
        await CliRunner.RunAsync("generate", "--size", "500", "--seed", "5", "--out", folder.File("people.json"));
        await File.WriteAllTextAsync(folder.File("program.json"), Mentoring);
        var (code, output, error) = await CliRunner.RunAsync("compare-strategies", "--people", folder.File("people.json"), "--program", folder.File("program.json"));
        Assert.True(code == 0, error);
        foreach (var name in new[] { "greedy", "optimal", "assignment", "min-cost-flow", "stable", "fair" })
        {
            Assert.Contains(output.Split('\n'), line => line.StartsWith(name + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Match_with_an_unknown_strategy_or_bad_program_fails_naming_the_problem()
    {
        using var folder = new CliRunner.TempFolder();
        await CliRunner.RunAsync("generate", "--size", "100", "--seed", "6", "--out", folder.File("people.json"));
        await File.WriteAllTextAsync(folder.File("program.json"), Mentoring);
        var (code, _, error) = await CliRunner.RunAsync("match", "--people", folder.File("people.json"), "--program", folder.File("program.json"), "--strategy", "magic");
        Assert.Equal(1, code);
        Assert.Contains("unknown strategy 'magic'", error, StringComparison.Ordinal);

        await File.WriteAllTextAsync(folder.File("bad.json"), """{"kind":"mentoring","id":"m2","name":"M","mentorsPerMentee":0}""");
        (code, _, error) = await CliRunner.RunAsync("match", "--people", folder.File("people.json"), "--program", folder.File("bad.json"));
        Assert.Equal(1, code);
        Assert.Contains("m2 mentorsPerMentee", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_runs_the_matching_section()
    {
        var (code, output, error) = await CliRunner.RunAsync("demo", "--size", "400", "--seed", "3");
        Assert.True(code == 0, error);
        Assert.Contains("== Matching ==", output, StringComparison.Ordinal);
        Assert.Contains("onboarding-buddies (optimal)", output, StringComparison.Ordinal);
        Assert.Contains("reverse-mentoring (optimal)", output, StringComparison.Ordinal);
        Assert.Contains("MatchProposed events", output, StringComparison.Ordinal);
    }
}
