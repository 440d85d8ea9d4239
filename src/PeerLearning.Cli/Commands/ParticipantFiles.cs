using PeerLearning.Data;

namespace PeerLearning.Cli.Commands;

/// <summary>Reads participants from a .json or .csv file, with every problem located in the file.</summary>
internal static class ParticipantFiles
{
    public static async Task<ParticipantImport> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new ParticipantImport([], [new ValidationProblem(path, "(file)", "file not found")]);
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ParticipantCsvReader.ReadFile(path);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var participants = await ParticipantJson.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            return new ParticipantImport(participants, PeerLearningValidator.Validate(participants));
        }
        catch (PeerLearningValidationException e)
        {
            return new ParticipantImport([], e.Problems);
        }
    }
}
