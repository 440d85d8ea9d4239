using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>A measured outcome of a statement.</summary>
public sealed record Result
{
    /// <summary>The score.</summary>
    public Score? Score { get; init; }

    /// <summary>Whether the attempt was successful.</summary>
    public bool? Success { get; init; }

    /// <summary>Whether the activity was completed.</summary>
    public bool? Completion { get; init; }

    /// <summary>The learner's response.</summary>
    public string? Response { get; init; }

    /// <summary>Time taken.</summary>
    public XapiDuration? Duration { get; init; }

    /// <summary>Extensions keyed by IRI.</summary>
    public IReadOnlyDictionary<string, JToken>? Extensions { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
