using PeerLearning.Cli.Commands;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Cli.Tests;

public sealed class XapiCommandTests
{
    private const string Valid = """{"actor":{"mbox":"mailto:ada@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"http://example.org/a"}}""";

    [Fact]
    public async Task Validate_lists_every_problem_with_index_and_json_path()
    {
        using var folder = new CliRunner.TempFolder();
        var path = folder.File("statements.json");
        await File.WriteAllTextAsync(path, "[" + Valid + """,{"actor":{"mbox":"ada@example.org"},"verb":{"id":"completed"},"object":{"id":"http://example.org/a"},"result":{"score":{"scaled":2}}}]""");

        var (code, _, error) = await CliRunner.RunAsync("xapi", "validate", path);

        Assert.Equal(1, code);
        Assert.Contains("3 problem(s)", error, StringComparison.Ordinal);
        Assert.Contains("statement #1 $.actor.mbox", error, StringComparison.Ordinal);
        Assert.Contains("statement #1 $.verb.id", error, StringComparison.Ordinal);
        Assert.Contains("statement #1 $.result.score.scaled", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_accepts_a_clean_file_and_reports_malformed_json_with_its_line()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("ok.json"), "[" + Valid + "," + Valid + "]");
        await File.WriteAllTextAsync(folder.File("broken.json"), "[\n" + Valid + ",\n{\"actor\": }\n]");

        var ok = await CliRunner.RunAsync("xapi", "validate", folder.File("ok.json"));
        var broken = await CliRunner.RunAsync("xapi", "validate", folder.File("broken.json"));

        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("2 statement(s), no problems", ok.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("line 3", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_then_query_round_trips_through_an_lrs_with_credentials()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Username = "key", Password = "secret", PageSize = 2 });
        XapiCommands.HandlerFactory = lrs.CreateHandler;
        using var folder = new CliRunner.TempFolder();
        var path = folder.File("statements.json");
        await File.WriteAllTextAsync(path, "[" + string.Join(",", Enumerable.Repeat(Valid, 5)) + "]");

        var send = await CliRunner.RunAsync("xapi", "send", path, "--endpoint", lrs.Endpoint.AbsoluteUri, "--user", "key", "--password", "secret", "--batch-size", "2");
        var query = await CliRunner.RunAsync("xapi", "query", "--endpoint", lrs.Endpoint.AbsoluteUri, "--user", "key", "--password", "secret", "--agent", "ada@example.org", "--max", "4");
        var denied = await CliRunner.RunAsync("xapi", "query", "--endpoint", lrs.Endpoint.AbsoluteUri, "--user", "key", "--password", "wrong");

        Assert.Equal(0, send.ExitCode);
        Assert.Equal(5, send.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Distinct().Count());
        Assert.Equal(5, lrs.StatementCount);
        Assert.Equal(0, query.ExitCode);
        Assert.Equal(4, Newtonsoft.Json.Linq.JArray.Parse(query.Output).Count);
        Assert.Equal(XapiCommands.LrsFailed, denied.ExitCode);
        Assert.Contains("401", denied.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", send.Output + send.Error + query.Error + denied.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_refuses_plain_http_to_a_remote_host()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("s.json"), Valid);

        var (code, _, error) = await CliRunner.RunAsync("xapi", "send", folder.File("s.json"), "--endpoint", "http://lrs.example.org/xAPI/");

        Assert.Equal(1, code);
        Assert.Contains("must use HTTPS", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_delivers_every_event_as_valid_statements_to_the_in_process_lrs()
    {
        var (code, output, _) = await CliRunner.RunAsync("demo", "--size", "400", "--seed", "3");

        Assert.Equal(0, code);
        var section = output[output.IndexOf("== xAPI ==", StringComparison.Ordinal)..];
        Assert.Contains(" 0 validation problem(s)", section, StringComparison.Ordinal);
        Assert.Contains("(a resent batch added none)", section, StringComparison.Ordinal);
        Assert.Matches(@"-> (\d+) xAPI statements[\s\S]*stored \1 [\s\S]*read back \1 statements", section);
    }
}
