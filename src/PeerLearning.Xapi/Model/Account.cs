using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>An account IFI: the home page of the system and the unique name on it.</summary>
/// <param name="HomePage">IRL of the system that holds the account.</param>
/// <param name="Name">Unique id or name of the account on that system.</param>
public sealed record Account(string HomePage, string Name)
{
    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
