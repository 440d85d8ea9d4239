using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>xAPI 2.0: a group relevant to the statement, with optional relevant types (IRIs).</summary>
/// <param name="Group">The group.</param>
public sealed record ContextGroup(Group Group)
{
    /// <summary>IRIs describing how the group is relevant.</summary>
    public IReadOnlyList<string>? RelevantTypes { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
