using System.CommandLine;

namespace PeerLearning.Cli.Commands;

/// <summary><c>peerlearn validate FILE</c>: every problem in a participants file, with line numbers; non-zero exit when any.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A participants file (.json or .csv)." };
        var command = new Command("validate", "Check a participants file and print every problem.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var import = await ParticipantFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (!import.IsValid)
            {
                return parseResult.ReportProblems(path, import.Problems);
            }

            await parseResult.Out().WriteLineAsync($"{path}: {import.Participants.Count} participants, no problems").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
