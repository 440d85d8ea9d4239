namespace PeerLearning.Matching;

/// <summary>
/// The optimal strategy for the instance at hand: <see cref="AssignmentStrategy"/> (LAPJV) when every seeker
/// needs one provider and the dense matrix fits, otherwise <see cref="MinCostFlowStrategy"/>. Both serve the most
/// demand possible, then maximize the total score, so the result's objective is the same either way.
/// </summary>
public sealed class OptimalStrategy : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "optimal";

    private readonly AssignmentStrategy _assignment = new();
    private readonly MinCostFlowStrategy _flow = new();

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "Most people matched, then the largest total score; picks LAPJV or min-cost flow.";

    /// <inheritdoc />
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var oneEach = true;
        for (var s = 0; s < graph.SeekerCount && oneEach; s++)
        {
            oneEach = graph.DemandOf(s) <= 1;
        }

        long seats = 0;
        for (var p = 0; p < graph.ProviderCount; p++)
        {
            seats += graph.CapacityOf(p);
        }

        var dense = oneEach && (long)graph.SeekerCount * seats <= 1_000_000;
        return dense ? _assignment.Solve(graph, seed, cancellationToken) : _flow.Solve(graph, seed, cancellationToken);
    }
}
