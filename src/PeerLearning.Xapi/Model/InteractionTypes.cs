namespace PeerLearning.Xapi;

/// <summary>The interaction types of xAPI (from SCORM 2004) and the components each may use.</summary>
public static class InteractionTypes
{
    /// <summary>All valid interaction types.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"];

    /// <summary>The component lists (<c>choices</c>, <c>scale</c>, <c>source</c>, <c>target</c>, <c>steps</c>) an interaction type allows.</summary>
    public static IReadOnlyList<string> ComponentsOf(string? interactionType) => interactionType switch
    {
        "choice" or "sequencing" => ["choices"],
        "likert" => ["scale"],
        "matching" => ["source", "target"],
        "performance" => ["steps"],
        _ => [],
    };
}
