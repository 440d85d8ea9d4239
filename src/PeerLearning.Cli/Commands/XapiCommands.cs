using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PeerLearning.Xapi;

namespace PeerLearning.Cli.Commands;

/// <summary>
/// <c>peerlearn xapi validate FILE</c>, <c>peerlearn xapi send FILE --endpoint URL [--user --password]</c> and
/// <c>peerlearn xapi query --endpoint URL [filters]</c>.
/// </summary>
internal static class XapiCommands
{
    /// <summary>Exit code when the LRS refuses or cannot be reached.</summary>
    public const int LrsFailed = 3;

    /// <summary>Creates the HTTP handler the commands use; tests replace it with an in-process LRS.</summary>
    internal static Func<HttpMessageHandler> HandlerFactory { get; set; } = () => new SocketsHttpHandler();

    public static Command Create()
    {
        var command = new Command("xapi", "Validate xAPI statement files, send them to an LRS, and query an LRS.");
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateSend());
        command.Subcommands.Add(CreateQuery());
        return command;
    }

    private static Command CreateValidate()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A JSON file with one statement or an array of statements." };
        var version = VersionOption();
        var command = new Command("validate", "Check statements against xAPI 1.0.3 or 2.0 and list every problem with its JSON path.") { file, version };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            var (json, code) = await ReadAsync(parseResult, path, cancellationToken).ConfigureAwait(false);
            if (json is null)
            {
                return code;
            }

            var problems = StatementValidator.ValidateJson(json, ParseVersion(parseResult.GetValue(version)) ?? XapiVersion.V103);
            if (problems.Count > 0)
            {
                return parseResult.ReportProblems(path, problems);
            }

            var count = json is Newtonsoft.Json.Linq.JArray array ? array.Count : 1;
            await parseResult.Out().WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} statement(s), no problems")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command CreateSend()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A JSON file with one statement or an array of statements." };
        var lrs = new LrsOptions();
        var batchSize = new Option<int>("--batch-size") { Description = "Statements per POST.", DefaultValueFactory = _ => 500 };
        var command = new Command("send", "Validate the statements of FILE and send them to the LRS in batches; prints the statement ids.") { file, batchSize };
        lrs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            var (json, code) = await ReadAsync(parseResult, path, cancellationToken).ConfigureAwait(false);
            if (json is null)
            {
                return code;
            }

            IReadOnlyList<Statement> statements;
            try
            {
                statements = StatementSerializer.DeserializeBatch(json.ToString(Formatting.None));
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems(path, e.Problems);
            }

            var size = parseResult.GetValue(batchSize);
            if (size is < 1 or > 10_000)
            {
                return parseResult.ReportProblems("send", [new ValidationProblem("send", "--batch-size", "must be between 1 and 10000")]);
            }

            return await lrs.RunAsync(parseResult, async client =>
            {
                var sent = 0;
                foreach (var batch in statements.Chunk(size))
                {
                    foreach (var id in await client.SendStatementsAsync(batch, null, cancellationToken).ConfigureAwait(false))
                    {
                        await parseResult.Out().WriteLineAsync(id.ToString("D")).ConfigureAwait(false);
                    }

                    sent += batch.Length;
                }

                await parseResult.Error().WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sent {sent} statement(s) to {client.Endpoint}")).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CreateQuery()
    {
        var lrs = new LrsOptions();
        var agent = new Option<string?>("--agent") { Description = "Agent filter: an email (mbox) or agent JSON." };
        var verb = new Option<string?>("--verb") { Description = "Verb IRI." };
        var activity = new Option<string?>("--activity") { Description = "Activity IRI." };
        var registration = new Option<Guid?>("--registration") { Description = "Registration UUID." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Stored after this instant (ISO 8601)." };
        var until = new Option<DateTimeOffset?>("--until") { Description = "Stored at or before this instant (ISO 8601)." };
        var relatedActivities = new Option<bool>("--related-activities") { Description = "Match the activity in context and sub-statements too." };
        var relatedAgents = new Option<bool>("--related-agents") { Description = "Match the agent in any role." };
        var ascending = new Option<bool>("--ascending") { Description = "Oldest first." };
        var format = new Option<StatementFormat>("--format") { Description = "exact, ids or canonical.", DefaultValueFactory = _ => StatementFormat.Exact };
        var limit = new Option<int>("--limit") { Description = "Statements per page (0: the LRS decides).", DefaultValueFactory = _ => 0 };
        var max = new Option<int>("--max") { Description = "Stop after this many statements (pages are followed until then).", DefaultValueFactory = _ => 100 };
        var command = new Command("query", "Query the LRS's statements with the xAPI filters and print them as a JSON array.")
        {
            agent, verb, activity, registration, since, until, relatedActivities, relatedAgents, ascending, format, limit, max,
        };
        lrs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            Actor? agentFilter = null;
            if (parseResult.GetValue(agent) is { } agentText)
            {
                try
                {
                    agentFilter = agentText.TrimStart().StartsWith('{')
                        ? StatementSerializer.Deserialize("{\"actor\":" + agentText + ",\"verb\":{\"id\":\"http://example.org/v\"},\"object\":{\"id\":\"http://example.org/a\"}}").Actor
                        : Agent.WithMbox(agentText);
                }
                catch (Exception e) when (e is PeerLearningValidationException or JsonException)
                {
                    return parseResult.ReportProblems("query", [new ValidationProblem("query", "--agent", e.Message)]);
                }
            }

            var query = new StatementQuery
            {
                Agent = agentFilter,
                Verb = parseResult.GetValue(verb),
                Activity = parseResult.GetValue(activity),
                Registration = parseResult.GetValue(registration),
                Since = parseResult.GetValue(since),
                Until = parseResult.GetValue(until),
                RelatedActivities = parseResult.GetValue(relatedActivities),
                RelatedAgents = parseResult.GetValue(relatedAgents),
                Ascending = parseResult.GetValue(ascending),
                Format = parseResult.GetValue(format),
                Limit = parseResult.GetValue(limit) is > 0 and var l ? l : null,
            };
            var maximum = parseResult.GetValue(max);
            return await lrs.RunAsync(parseResult, async client =>
            {
                var found = new List<Statement>();
                await foreach (var statement in client.QueryAllStatementsAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    if (found.Count == maximum)
                    {
                        break;
                    }

                    found.Add(statement);
                }

                var output = parseResult.Out();
                await output.WriteLineAsync("[").ConfigureAwait(false);
                for (var i = 0; i < found.Count; i++)
                {
                    await output.WriteLineAsync((i == 0 ? "  " : "  ,") + StatementSerializer.Serialize(found[i])).ConfigureAwait(false);
                }

                await output.WriteLineAsync("]").ConfigureAwait(false);
                var count = found.Count;
                await parseResult.Error().WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} statement(s) from {client.Endpoint}")).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string?> VersionOption() => new("--xapi-version") { Description = "1.0.3 or 2.0.0 (send/query: negotiated through /about when left out; validate: 1.0.3)." };

    private static XapiVersion? ParseVersion(string? text) => text switch
    {
        null => null,
        "1.0.3" or "1.0" => XapiVersion.V103,
        "2.0.0" or "2.0" => XapiVersion.V200,
        _ => throw new ArgumentException($"--xapi-version '{text}' is not 1.0.3 or 2.0.0"),
    };

    private static async Task<(Newtonsoft.Json.Linq.JToken? Json, int Code)> ReadAsync(ParseResult parseResult, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, parseResult.ReportProblems(path, [new ValidationProblem(path, "(file)", "file not found")]));
        }

        try
        {
            return (StatementSerializer.ParseJson(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)), 0);
        }
        catch (JsonReaderException e)
        {
            return (null, parseResult.ReportProblems(path, [new ValidationProblem(path, e.Path ?? "$", e.Message) { Line = e.LineNumber, Column = e.LinePosition }]));
        }
    }

    /// <summary>The options that reach an LRS, shared by send and query.</summary>
    private sealed class LrsOptions
    {
        private readonly Option<string> _endpoint = new("--endpoint") { Description = "The LRS endpoint, e.g. https://lrs.example.org/xAPI/.", Required = true };
        private readonly Option<string?> _user = new("--user") { Description = "Basic auth user (key)." };
        private readonly Option<string?> _password = new("--password") { Description = "Basic auth password (secret); never printed." };
        private readonly Option<string?> _version = VersionOption();
        private readonly Option<bool> _allowHttp = new("--allow-http") { Description = "Allow plain HTTP to a host other than loopback." };
        private readonly Option<bool> _hashMailboxes = new("--hash-mailboxes") { Description = "Replace every mbox with its mbox_sha1sum before sending." };

        public void AddTo(Command command)
        {
            command.Options.Add(_endpoint);
            command.Options.Add(_user);
            command.Options.Add(_password);
            command.Options.Add(_version);
            command.Options.Add(_allowHttp);
            command.Options.Add(_hashMailboxes);
        }

        public async Task<int> RunAsync(ParseResult parseResult, Func<LrsClient, Task<int>> action)
        {
            try
            {
                var endpointText = parseResult.GetValue(_endpoint)!;
                if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint))
                {
                    return parseResult.ReportProblems("xapi", [new ValidationProblem("xapi", "--endpoint", $"'{endpointText}' is not an absolute URL")]);
                }

                var options = new LrsClientOptions
                {
                    Endpoint = endpoint,
                    Username = parseResult.GetValue(_user),
                    Password = parseResult.GetValue(_password),
                    Version = ParseVersion(parseResult.GetValue(_version)),
                    AllowInsecureHttp = parseResult.GetValue(_allowHttp),
                    HashMailboxes = parseResult.GetValue(_hashMailboxes),
                };
                using var http = new HttpClient(HandlerFactory());
                return await action(new LrsClient(http, Options.Create(options))).ConfigureAwait(false);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("xapi", e.Problems);
            }
            catch (ArgumentException e)
            {
                return parseResult.ReportProblems("xapi", [new ValidationProblem("xapi", "(arguments)", e.Message)]);
            }
            catch (LrsException e)
            {
                await parseResult.Error().WriteLineAsync(e.Message).ConfigureAwait(false);
                return LrsFailed;
            }
        }
    }
}
