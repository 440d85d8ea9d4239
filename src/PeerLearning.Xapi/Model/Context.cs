using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>The context of a statement.</summary>
public sealed record Context
{
    /// <summary>The registration (attempt, enrolment) the statement belongs to.</summary>
    public Guid? Registration { get; init; }

    /// <summary>The instructor.</summary>
    public Actor? Instructor { get; init; }

    /// <summary>The team.</summary>
    public Group? Team { get; init; }

    /// <summary>Related activities.</summary>
    public ContextActivities? ContextActivities { get; init; }

    /// <summary>Revision of the learning activity (only when the object is an activity).</summary>
    public string? Revision { get; init; }

    /// <summary>Platform used (only when the object is an activity).</summary>
    public string? Platform { get; init; }

    /// <summary>Language tag of the experience.</summary>
    public string? Language { get; init; }

    /// <summary>Another statement that gives context.</summary>
    public StatementRef? Statement { get; init; }

    /// <summary>Extensions keyed by IRI.</summary>
    public IReadOnlyDictionary<string, JToken>? Extensions { get; init; }

    /// <summary>xAPI 2.0: agents with a relevance to the statement.</summary>
    public IReadOnlyList<ContextAgent>? ContextAgents { get; init; }

    /// <summary>xAPI 2.0: groups with a relevance to the statement.</summary>
    public IReadOnlyList<ContextGroup>? ContextGroups { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
