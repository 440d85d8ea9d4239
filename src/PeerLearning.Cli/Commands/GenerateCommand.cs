using System.CommandLine;
using PeerLearning.Data;

namespace PeerLearning.Cli.Commands;

/// <summary><c>peerlearn generate --size N --seed S --out people.json</c>: a synthetic organization.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<int>("--size") { Description = "How many people.", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "The seed; the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The date the organization is generated at (yyyy-MM-dd); default 2026-01-01." };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write (.json or .csv); standard output when left out." };
        var command = new Command("generate", "Generate a realistic synthetic organization.") { size, seed, asOf, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new SyntheticOrganizationOptions { Size = parseResult.GetValue(size), Seed = parseResult.GetValue(seed) };
            if (parseResult.GetValue(asOf) is { } date)
            {
                options = options with { AsOf = date };
            }

            IReadOnlyList<Participant> people;
            try
            {
                people = SyntheticOrganization.Generate(options);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("generate", e.Problems);
            }

            if (parseResult.GetValue(output) is not { } file)
            {
                await parseResult.Out().WriteLineAsync(ParticipantJson.Serialize(people).AsMemory(), cancellationToken).ConfigureAwait(false);
                return 0;
            }

            if (file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                await using var writer = new StreamWriter(file.FullName);
                ParticipantCsvWriter.Write(writer, people);
            }
            else
            {
                await using var stream = file.Create();
                await ParticipantJson.WriteAsync(stream, people, cancellationToken).ConfigureAwait(false);
            }

            await parseResult.Out().WriteLineAsync($"wrote {people.Count} people to {file.FullName}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
