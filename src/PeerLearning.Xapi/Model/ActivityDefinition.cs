using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>Metadata about an activity, including the interaction components of assessment items.</summary>
public sealed record ActivityDefinition
{
    /// <summary>Name per language tag.</summary>
    public IReadOnlyDictionary<string, string>? Name { get; init; }

    /// <summary>Description per language tag.</summary>
    public IReadOnlyDictionary<string, string>? Description { get; init; }

    /// <summary>IRI of the activity type.</summary>
    public string? Type { get; init; }

    /// <summary>IRL of a page with more information.</summary>
    public string? MoreInfo { get; init; }

    /// <summary>One of the <see cref="InteractionTypes"/> for assessment items.</summary>
    public string? InteractionType { get; init; }

    /// <summary>The patterns of correct responses.</summary>
    public IReadOnlyList<string>? CorrectResponsesPattern { get; init; }

    /// <summary>Choices of a <c>choice</c> or <c>sequencing</c> interaction.</summary>
    public IReadOnlyList<InteractionComponent>? Choices { get; init; }

    /// <summary>Scale of a <c>likert</c> interaction.</summary>
    public IReadOnlyList<InteractionComponent>? Scale { get; init; }

    /// <summary>Sources of a <c>matching</c> interaction.</summary>
    public IReadOnlyList<InteractionComponent>? Source { get; init; }

    /// <summary>Targets of a <c>matching</c> interaction.</summary>
    public IReadOnlyList<InteractionComponent>? Target { get; init; }

    /// <summary>Steps of a <c>performance</c> interaction.</summary>
    public IReadOnlyList<InteractionComponent>? Steps { get; init; }

    /// <summary>Extensions keyed by IRI.</summary>
    public IReadOnlyDictionary<string, JToken>? Extensions { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
