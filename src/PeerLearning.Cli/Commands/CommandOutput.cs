using System.CommandLine;

namespace PeerLearning.Cli.Commands;

/// <summary>Where a command writes: the invocation's writers, so tests can capture them.</summary>
internal static class CommandOutput
{
    public static TextWriter Out(this ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    public static TextWriter Error(this ParseResult parseResult) => parseResult.InvocationConfiguration.Error;

    /// <summary>Writes every problem, one a line, and returns the exit code for invalid input.</summary>
    public static int ReportProblems(this ParseResult parseResult, string source, IReadOnlyList<ValidationProblem> problems)
    {
        var error = parseResult.Error();
        error.WriteLine($"{source}: {problems.Count} problem(s)");
        foreach (var problem in problems)
        {
            error.WriteLine($"  {problem}");
        }

        return CliApplication.InvalidInput;
    }
}
