using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>Activities related to the statement: parent, grouping, category, other.</summary>
public sealed record ContextActivities
{
    /// <summary>Direct parents of the object.</summary>
    public IReadOnlyList<Activity>? Parent { get; init; }

    /// <summary>Indirectly related activities.</summary>
    public IReadOnlyList<Activity>? Grouping { get; init; }

    /// <summary>Tags such as profiles.</summary>
    public IReadOnlyList<Activity>? Category { get; init; }

    /// <summary>Any other related activities.</summary>
    public IReadOnlyList<Activity>? Other { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }

    /// <summary>Names (<c>parent</c>, ...) of the lists that were written as a single object (allowed in 1.0.x only).</summary>
    internal IReadOnlyCollection<string>? SingleObjectLists { get; init; }
}
