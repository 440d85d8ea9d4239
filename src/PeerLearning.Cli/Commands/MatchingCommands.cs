using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerLearning.Data;
using PeerLearning.Matching;

namespace PeerLearning.Cli.Commands;

/// <summary>
/// <c>peerlearn match --people FILE --program FILE [--strategy NAME] [--out FILE]</c> and
/// <c>peerlearn compare-strategies --people FILE --program FILE</c>.
/// </summary>
internal static class MatchingCommands
{
    public static IEnumerable<Command> Create() => [CreateMatch(), CreateCompare()];

    private static Command CreateMatch()
    {
        var inputs = new Inputs();
        var strategy = new Option<string>("--strategy") { Description = $"The strategy: {string.Join(", ", MatchingStrategies.Names)}.", DefaultValueFactory = _ => OptimalStrategy.StrategyName };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the JSON result (matches with explanations, reasons, quality); standard output when left out." };
        var command = new Command("match", "Match a program's participants and explain every match.") { strategy, output };
        inputs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (people, program, code) = await inputs.ReadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                return code;
            }

            MatchingResult result;
            try
            {
                result = inputs.Engine(parseResult).Match(people!, program!, new MatchingRequest { Strategy = parseResult.GetValue(strategy), Seed = parseResult.GetValue(inputs.Seed) }, cancellationToken);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("match", e.Problems);
            }

            var json = JsonSerializer.Serialize(result, ParticipantJson.Options);
            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, json, cancellationToken).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync(Summary(result)).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync($"result written to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await parseResult.Out().WriteLineAsync(json).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command CreateCompare()
    {
        var inputs = new Inputs();
        var strategies = new Option<string[]>("--strategy") { Description = "Strategies to compare (repeat the option); all built-in ones when left out.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("compare-strategies", "Run several strategies on the same input and compare their quality side by side.") { strategies };
        inputs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (people, program, code) = await inputs.ReadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            if (code != 0)
            {
                return code;
            }

            StrategyComparison comparison;
            try
            {
                var names = parseResult.GetValue(strategies) is { Length: > 0 } chosen ? chosen : null;
                comparison = inputs.Engine(parseResult).Compare(people!, program!, names, new MatchingRequest { Seed = parseResult.GetValue(inputs.Seed) }, cancellationToken);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("compare-strategies", e.Problems);
            }

            await parseResult.Out().WriteLineAsync(Table(comparison)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>One line about a result: matches, coverage and scores.</summary>
    public static string Summary(MatchingResult result)
    {
        var q = result.Quality;
        return string.Create(CultureInfo.InvariantCulture, $"{result.ProgramId} ({result.Strategy}): {q.Matches} matches, {q.SeekersMatchedPercent:F1}% of seekers matched, mean score {q.MeanScore:F1}, min {q.MinScore:F1}, blocking pairs {q.BlockingPairs}, violations {q.ConstraintViolations}; {result.Unmatched.Count} unmatched ({string.Join(", ", result.Unmatched.GroupBy(u => u.Reason).Select(g => $"{g.Key} {g.Count()}"))})");
    }

    /// <summary>The side-by-side quality table.</summary>
    public static string Table(StrategyComparison comparison, bool timings = true)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{"strategy",-14}{"matches",8}{"matched%",10}{"total",11}{"mean",7}{"min",7}{"blocking",9}{"violations",11}{"load sd",8}{(timings ? "solve ms" : string.Empty),10}");
        foreach (var q in comparison.Reports)
        {
            var ms = timings ? q.SolveMilliseconds.ToString("F1", inv) : string.Empty;
            text.AppendLine(inv, $"{q.Strategy,-14}{q.Matches,8}{q.SeekersMatchedPercent,10:F1}{q.TotalScore,11:F1}{q.MeanScore,7:F1}{q.MinScore,7:F1}{q.BlockingPairs,9}{q.ConstraintViolations,11}{q.ProviderLoadStdDev,8:F2}{ms,10}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The options both commands share and reading their files.</summary>
    private sealed class Inputs
    {
        public Option<string> People { get; } = new("--people") { Description = "The participants file (.json or .csv).", Required = true };

        public Option<string> Program { get; } = new("--program") { Description = "The program definition (.json with a kind: mentoring, onboardingBuddy, reverseMentoring).", Required = true };

        public Option<int> Seed { get; } = new("--seed") { Description = "Breaks ties; the same seed gives the same result.", DefaultValueFactory = _ => 0 };

        public Option<int> Candidates { get; } = new("--candidates") { Description = "Top-k candidates kept per seeker (0 keeps all).", DefaultValueFactory = _ => 50 };

        public void AddTo(Command command)
        {
            command.Options.Add(People);
            command.Options.Add(Program);
            command.Options.Add(Seed);
            command.Options.Add(Candidates);
        }

        public MatchingEngine Engine(ParseResult parseResult) => new(new MatchingOptions { CandidatesPerSeeker = parseResult.GetValue(Candidates) });

        public async Task<(IReadOnlyList<Participant>? People, ProgramDefinition? Program, int Code)> ReadAsync(ParseResult parseResult, CancellationToken cancellationToken)
        {
            var peoplePath = parseResult.GetValue(People)!;
            var import = await ParticipantFiles.ReadAsync(peoplePath, cancellationToken).ConfigureAwait(false);
            if (!import.IsValid)
            {
                return (null, null, parseResult.ReportProblems(peoplePath, import.Problems));
            }

            var programPath = parseResult.GetValue(Program)!;
            if (!File.Exists(programPath))
            {
                return (null, null, parseResult.ReportProblems(programPath, [new ValidationProblem(programPath, "(file)", "file not found")]));
            }

            try
            {
                var program = ProgramDefinitionJson.Deserialize(await File.ReadAllTextAsync(programPath, cancellationToken).ConfigureAwait(false));
                return (import.Participants, program, 0);
            }
            catch (PeerLearningValidationException e)
            {
                return (null, null, parseResult.ReportProblems(programPath, e.Problems));
            }
        }
    }
}
