namespace PeerLearning.Matching;

/// <summary>The built-in strategies, selectable by name.</summary>
public static class MatchingStrategies
{
    /// <summary>Every built-in strategy, in the order a comparison lists them.</summary>
    public static IReadOnlyList<IMatchingStrategy> BuiltIn { get; } =
        [new GreedyStrategy(), new OptimalStrategy(), new AssignmentStrategy(), new MinCostFlowStrategy(), new StableStrategy(), new FairStrategy()];

    /// <summary>The names of the built-in strategies.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. BuiltIn.Select(s => s.Name)];

    /// <summary>Finds a strategy by name (case-insensitive) among <paramref name="strategies"/> or the built-in ones.</summary>
    /// <param name="name">The strategy's name.</param>
    /// <param name="strategies">Strategies to look in first (for example those registered in DI); null for the built-in ones only.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="PeerLearningValidationException">No strategy has that name.</exception>
    public static IMatchingStrategy Get(string name, IEnumerable<IMatchingStrategy>? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var all = (strategies ?? []).Concat(BuiltIn).ToList();
        return all.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new PeerLearningValidationException("strategy", "name", $"unknown strategy '{name}'; known: {string.Join(", ", all.Select(s => s.Name).Distinct())}");
    }
}
