using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerLearning.Data;

/// <summary>
/// Reads and writes participants as JSON: a top-level array of participant objects with camelCase
/// properties (the shape <see cref="Participant"/> documents). Unknown properties are errors, so a typo
/// never silently drops data.
/// </summary>
public static class ParticipantJson
{
    /// <summary>The options used for participants: camelCase, enums as strings, unknown members rejected, indented output.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads participants from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The participants, in file order (not yet validated: see <see cref="PeerLearningValidator"/>).</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed or does not fit the participant shape; the problem carries line and column.</exception>
    public static async Task<IReadOnlyList<Participant>> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            var participants = await JsonSerializer.DeserializeAsync<List<Participant>>(utf8Json, Options, cancellationToken).ConfigureAwait(false);
            return participants ?? throw new PeerLearningValidationException("(file)", "(root)", "expected an array of participants, found null");
        }
        catch (JsonException e)
        {
            throw JsonProblems.FromException(e);
        }
    }

    /// <summary>Reads participants from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The participants, in document order.</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed or does not fit the participant shape.</exception>
    public static IReadOnlyList<Participant> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<List<Participant>>(json, Options)
                ?? throw new PeerLearningValidationException("(file)", "(root)", "expected an array of participants, found null");
        }
        catch (JsonException e)
        {
            throw JsonProblems.FromException(e);
        }
    }

    /// <summary>Writes participants as indented UTF-8 JSON; the same input always gives the same bytes.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="participants">The participants.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static Task WriteAsync(Stream utf8Json, IReadOnlyList<Participant> participants, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(participants);
        return JsonSerializer.SerializeAsync(utf8Json, participants, Options, cancellationToken);
    }

    /// <summary>Serializes participants to an indented JSON string.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IReadOnlyList<Participant> participants) => JsonSerializer.Serialize(participants, Options);


    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Skip,

            // Files are read by people and tools, never embedded in HTML: keep "São Paulo" and "R&D" readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        // Options' converters win over the enums' own attributes: enums are camelCase in files, read in any case.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
