using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>xAPI 2.0: an agent relevant to the statement, with optional relevant types (IRIs).</summary>
/// <param name="Agent">The agent.</param>
public sealed record ContextAgent(Agent Agent)
{
    /// <summary>IRIs describing how the agent is relevant.</summary>
    public IReadOnlyList<string>? RelevantTypes { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
