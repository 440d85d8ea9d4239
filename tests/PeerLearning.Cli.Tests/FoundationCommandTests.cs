namespace PeerLearning.Cli.Tests;

public sealed class FoundationCommandTests
{
    [Fact]
    public async Task Generate_twice_with_the_same_seed_writes_identical_files()
    {
        using var folder = new CliRunner.TempFolder();
        var (code1, _, _) = await CliRunner.RunAsync("generate", "--size", "10000", "--seed", "1", "--out", folder.File("a.json"));
        var (code2, _, _) = await CliRunner.RunAsync("generate", "--size", "10000", "--seed", "1", "--out", folder.File("b.json"));
        Assert.Equal((0, 0), (code1, code2));
        Assert.Equal(await File.ReadAllBytesAsync(folder.File("a.json")), await File.ReadAllBytesAsync(folder.File("b.json")));
    }

    [Fact]
    public async Task Generated_csv_validates_cleanly()
    {
        using var folder = new CliRunner.TempFolder();
        await CliRunner.RunAsync("generate", "--size", "400", "--seed", "2", "--out", folder.File("people.csv"));
        var (code, output, error) = await CliRunner.RunAsync("validate", folder.File("people.csv"));
        Assert.Equal(0, code);
        Assert.Contains("400 participants, no problems", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Validate_reports_all_six_mistakes_with_line_numbers_and_fails()
    {
        using var folder = new CliRunner.TempFolder();
        var path = folder.File("people.csv");
        await File.WriteAllLinesAsync(path,
        [
            "id,displayName,managerId,timeZone,seniorityLevel,hireDate,skills,roles",
            "u1,Ann,,Europe/Paris,3,2020-01-01,csharp:4,mentor:2",
            "u2,Bob,u9,Europe/Paris,1,2020-01-01,csharp:2,mentee",
            "u3,Cem,u1,Atlantis/Capital,1,2020-01-01,csharp:2,mentee",
            "u4,Dee,u1,Europe/Paris,junior,2020-01-01,csharp:2,mentee",
            "u5,Eve,u1,Europe/Paris,1,1st of May,csharp:2,mentee",
            "u6,Fay,u1,Europe/Paris,1,2020-01-01,csharp:11,mentee",
            "u2,Gus,u1,Europe/Paris,1,2020-01-01,csharp:2,mentee",
        ]);
        var (code, _, error) = await CliRunner.RunAsync("validate", path);
        Assert.Equal(1, code);
        Assert.Contains("6 problem(s)", error, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "line 3, column 3: u2 managerId: unknown manager id 'u9'",
            "line 4, column 4: u3 timeZone: unknown time zone 'Atlantis/Capital'",
            "line 5, column 5: u4 seniorityLevel: 'junior' is not a whole number",
            "line 6, column 6: u5 hireDate: '1st of May' is not a date in the form yyyy-MM-dd",
            "line 7, column 7: u6 skills[csharp].level: must be from 0 to 5, was 11",
            "line 8, column 1: u2 id: duplicate id",
        })
        {
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_reports_malformed_json_with_its_line()
    {
        using var folder = new CliRunner.TempFolder();
        var path = folder.File("people.json");
        await File.WriteAllTextAsync(path, "[\n  { \"id\": \"a\", \"displayName\": \"A\" },\n  { \"id\": \"b\", \"displayName\": }\n]");
        var (code, _, error) = await CliRunner.RunAsync("validate", path);
        Assert.Equal(1, code);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_missing_file_fails_clearly()
    {
        var (code, _, error) = await CliRunner.RunAsync("validate", "/nonexistent/people.json");
        Assert.Equal(1, code);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_runs_on_embedded_defaults_and_is_repeatable()
    {
        var first = await CliRunner.RunAsync("demo");
        var second = await CliRunner.RunAsync("demo");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("== Organization ==", first.Output, StringComparison.Ordinal);
        Assert.Contains("validation: no problems", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Generate_rejects_a_bad_size()
    {
        var (code, _, error) = await CliRunner.RunAsync("generate", "--size", "0");
        Assert.Equal(1, code);
        Assert.Contains("size: must be at least 1, was 0", error, StringComparison.Ordinal);
    }
}
