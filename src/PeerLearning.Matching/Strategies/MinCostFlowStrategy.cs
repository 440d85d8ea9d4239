namespace PeerLearning.Matching;

/// <summary>
/// Optimal capacitated many-to-one (and k-per-seeker) matching: the most demand that can be served (Hopcroft–Karp),
/// then the cheapest flow of that size by cost-scaling push–relabel on the sparse candidate graph. Serves the most demand possible, then maximizes the total score.
/// </summary>
public sealed class MinCostFlowStrategy : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "min-cost-flow";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "Optimal with capacities: most people matched, then the largest total score (min-cost flow).";

    /// <inheritdoc />
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return CostScalingTransportation.Solve(graph, cancellationToken);
    }
}
