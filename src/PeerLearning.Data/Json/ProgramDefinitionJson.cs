using System.Text.Json;

namespace PeerLearning.Data;

/// <summary>Reads and writes program definitions as JSON; the <c>kind</c> property selects the program type.</summary>
public static class ProgramDefinitionJson
{
    /// <summary>Reads a program definition from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The program (not yet validated: see <see cref="PeerLearningValidator"/>).</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed, lacks <c>kind</c> or does not fit the program's shape.</exception>
    public static ProgramDefinition Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<ProgramDefinition>(json, ParticipantJson.Options)
                ?? throw new PeerLearningValidationException("(file)", "(root)", "expected a program object, found null");
        }
        catch (JsonException e)
        {
            throw JsonProblems.FromException(e);
        }
        catch (NotSupportedException e)
        {
            // System.Text.Json reports a missing or unknown "kind" as NotSupportedException.
            throw new PeerLearningValidationException("(file)", "kind", $"missing or unknown program kind: {e.Message}");
        }
    }

    /// <summary>Serializes a program definition as indented JSON with its <c>kind</c>.</summary>
    /// <param name="program">The program.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ProgramDefinition program) => JsonSerializer.Serialize(program, ParticipantJson.Options);
}
