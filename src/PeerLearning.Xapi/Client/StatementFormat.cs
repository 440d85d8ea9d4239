namespace PeerLearning.Xapi;

/// <summary>The <c>format</c> parameter of statement queries.</summary>
public enum StatementFormat
{
    /// <summary>Full statements as stored.</summary>
    Exact = 0,

    /// <summary>Agents, activities and verbs reduced to their identifiers.</summary>
    Ids = 1,

    /// <summary>Language maps reduced to the languages of Accept-Language.</summary>
    Canonical = 2,
}
