using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>The action of a statement.</summary>
/// <param name="Id">IRI of the verb.</param>
public sealed record Verb(string Id)
{
    /// <summary>The verb <c>http://adlnet.gov/expapi/verbs/voided</c>, whose object is the <see cref="StatementRef"/> of the statement it voids.</summary>
    public const string VoidedId = "http://adlnet.gov/expapi/verbs/voided";

    /// <summary>Human-readable name per language tag.</summary>
    public IReadOnlyDictionary<string, string>? Display { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }

    /// <summary>The voiding verb.</summary>
    public static Verb Voided { get; } = new(VoidedId) { Display = new Dictionary<string, string> { ["en-US"] = "voided" } };
}
