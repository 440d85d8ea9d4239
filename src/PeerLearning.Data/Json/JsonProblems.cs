using System.Text.Json;

namespace PeerLearning.Data;

/// <summary>Turns a System.Text.Json failure into a validation problem located at a line and column.</summary>
internal static class JsonProblems
{
    public static PeerLearningValidationException FromException(JsonException e)
    {
        // JsonException positions are 0-based; people count from 1.
        var problem = new ValidationProblem("(file)", string.IsNullOrEmpty(e.Path) ? "(root)" : e.Path, e.Message)
        {
            Line = e.LineNumber is { } line ? (int)line + 1 : null,
            Column = e.BytePositionInLine is { } column ? (int)column + 1 : null,
        };
        return new PeerLearningValidationException([problem]);
    }
}
