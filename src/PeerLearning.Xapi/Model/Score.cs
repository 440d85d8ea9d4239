using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>A score: scaled in −1..1, raw between min and max.</summary>
public sealed record Score
{
    /// <summary>Scaled score in −1..1.</summary>
    public decimal? Scaled { get; init; }

    /// <summary>Raw score, between <see cref="Min"/> and <see cref="Max"/> when they are given.</summary>
    public decimal? Raw { get; init; }

    /// <summary>Lowest possible score.</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest possible score.</summary>
    public decimal? Max { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
