using System.Globalization;
using Microsoft.Extensions.Options;
using PeerLearning.Xapi;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Cli.Demo;

/// <summary>Maps every event the demo raised to xAPI statements, validates them and delivers them to an in-process LRS, then reads them back.</summary>
internal sealed class XapiDemoSection : IDemoSection
{
    public string Title => "xAPI";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var output = context.Output;
        var events = context.Events.Events;
        var mapper = new LearningEventStatementMapper(new LearningEventMappingOptions());
        var statements = events.SelectMany(mapper.Map).ToList();
        var problems = StatementValidator.ValidateBatch(statements);
        await output.WriteLineAsync(Invariant($"{events.Count} learning events -> {statements.Count} xAPI statements, {problems.Count} validation problem(s) (xAPI 1.0.3)")).ConfigureAwait(false);

        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Username = "demo", Password = "demo", PageSize = 500 }, context.Time);
        using var http = lrs.CreateClient();
        var client = new LrsClient(http, Options.Create(new LrsClientOptions { Endpoint = lrs.Endpoint, Username = "demo", Password = "demo" }), context.Time);
        var batches = 0;
        foreach (var batch in statements.Chunk(500))
        {
            await client.SendStatementsAsync(batch, null, cancellationToken).ConfigureAwait(false);
            batches++;
        }

        // Sending again changes nothing: statement ids derive from event ids.
        await client.SendStatementsAsync(statements.Take(500).ToList(), null, cancellationToken).ConfigureAwait(false);
        var version = await client.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"delivered in {batches} batch(es) to an in-process LRS speaking xAPI {(version == XapiVersion.V200 ? "2.0.0" : "1.0.3")}; stored {lrs.StatementCount} (a resent batch added none)")).ConfigureAwait(false);

        var byVerb = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        await foreach (var statement in client.QueryAllStatementsAsync(new StatementQuery { Ascending = true }, cancellationToken).ConfigureAwait(false))
        {
            var verb = statement.Verb.Display?.Values.FirstOrDefault() ?? statement.Verb.Id;
            byVerb[verb] = byVerb.GetValueOrDefault(verb) + 1;
            read++;
        }

        await output.WriteLineAsync(Invariant($"read back {read} statements by paging; by verb: {string.Join(", ", byVerb.Select(v => $"{v.Key} {v.Value}"))}")).ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
