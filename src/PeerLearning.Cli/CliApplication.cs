using System.CommandLine;
using PeerLearning.Cli.Commands;

namespace PeerLearning.Cli;

/// <summary>The <c>peerlearn</c> command line: one root command with a sub-command per task.</summary>
internal static class CliApplication
{
    /// <summary>Exit code for invalid input (validation problems, unreadable files).</summary>
    public const int InvalidInput = 1;

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers (tests pass their own).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Builds the command tree. Each area adds its commands here, one line each.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("peerlearn: run peer-learning programs (matching, peer assessment, recognition, xAPI) from the command line.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        foreach (var c in MatchingCommands.Create()) root.Subcommands.Add(c);
        foreach (var c in AssessmentCommands.Create()) root.Subcommands.Add(c);
        root.Subcommands.Add(XapiCommands.Create());
        root.Subcommands.Add(RecognitionCommands.Create());
        return root;
    }
}
