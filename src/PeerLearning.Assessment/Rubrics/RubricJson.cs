using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerLearning.Assessment.Rubrics;

/// <summary>Reads and writes rubrics as JSON (camelCase properties, scoring modes as camelCase strings).</summary>
public static class RubricJson
{
    /// <summary>The serializer options used for rubrics.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a rubric as indented JSON.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Rubric rubric) => JsonSerializer.Serialize(rubric, Options);

    /// <summary>Reads a rubric and validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rubric.</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed or the rubric is invalid (every problem listed).</exception>
    public static Rubric Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Rubric? rubric;
        try
        {
            rubric = JsonSerializer.Deserialize<Rubric>(json, Options);
        }
        catch (JsonException ex)
        {
            var problem = new ValidationProblem("rubric", string.IsNullOrEmpty(ex.Path) ? "(json)" : ex.Path, ex.Message)
            {
                Line = ex.LineNumber is { } line ? (int)line + 1 : null,
            };
            throw new PeerLearningValidationException([problem]);
        }

        if (rubric is null)
        {
            throw new PeerLearningValidationException("rubric", "(json)", "the document is null");
        }

        PeerLearningValidationException.ThrowIfAny(rubric.Validate());
        return rubric;
    }

    /// <summary>Reads a rubric from a stream and validates it.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rubric.</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed or the rubric is invalid.</exception>
    public static async Task<Rubric> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return Deserialize(text);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
