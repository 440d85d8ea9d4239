using System.Diagnostics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PeerLearning.Xapi.Tests.Corpus;
using PeerLearning.Xapi.Tests.Node;

namespace PeerLearning.Xapi.Tests.Validation;

[Trait("Category", "Integration")]
public sealed partial class XapiValidationAgreementTests
{
    [NodeFact]
    public async Task Validator_agrees_with_learning_lockers_xapi_validation_on_every_corpus_statement()
    {
        await NodeEnvironment.EnsureInstalledAsync();
        var corpus = CorpusCase.Load();
        var theirs = await RunXapiValidationAsync(new JArray(corpus.Select(c => c.Statement)));

        var disagreements = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var ours = StatementValidator.ValidateJson(corpus[i].Statement).Select(p => ToLearningLockerPath(p.Field)).ToList();
            var their = ((JArray)theirs[i]).Select(w => (string)w["path"]!).ToList();
            if ((ours.Count == 0) != (their.Count == 0) || (ours.Count == 0) != corpus[i].Valid)
            {
                disagreements.Add($"{corpus[i].Name}: ours [{string.Join(", ", ours)}] theirs [{string.Join(", ", their)}]");
                continue;
            }

            // Every place xapi-validation flags is flagged by us too (at the same path, or at a child/parent of it).
            foreach (var path in their)
            {
                if (!ours.Any(o => o == path || o.StartsWith(path + ".", StringComparison.Ordinal) || path.StartsWith(o + ".", StringComparison.Ordinal)))
                {
                    disagreements.Add($"{corpus[i].Name}: xapi-validation flags {path}, we flag [{string.Join(", ", ours)}]");
                }
            }
        }

        Assert.True(corpus.Count(c => c.Valid) >= 20 && corpus.Count(c => !c.Valid) >= 50, "corpus too small");
        Assert.Empty(disagreements);
    }

    private static string ToLearningLockerPath(string path) =>
        LanguageKey().Replace(Index().Replace("statement" + path[1..], ".$1"), ".$1");

    private static async Task<JArray> RunXapiValidationAsync(JArray statements)
    {
        var start = new ProcessStartInfo(NodeEnvironment.Node!, "validate.js")
        {
            WorkingDirectory = NodeEnvironment.LrsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(statements.ToString(Newtonsoft.Json.Formatting.None));
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return JArray.Parse(output);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex LanguageKey();
}
