using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>One choice, scale point, source, target or step of an interaction.</summary>
/// <param name="Id">Identifier of the component within the interaction.</param>
public sealed record InteractionComponent(string Id)
{
    /// <summary>Description per language tag.</summary>
    public IReadOnlyDictionary<string, string>? Description { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
