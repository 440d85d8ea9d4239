namespace PeerLearning.Matching;

/// <summary>
/// Fair matching: among results that serve the most demand, maximize the lowest pair score (bottleneck, by
/// binary search over the distinct scores), then maximize the total score with only pairs at or above it.
/// </summary>
public sealed class FairStrategy : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "fair";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "Maximize the lowest pair score first, then the total (no one gets a poor match to lift the sum).";

    /// <inheritdoc />
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.ArcCount == 0)
        {
            return [];
        }

        var target = MaxUnits(graph, double.NegativeInfinity, cancellationToken);
        var thresholds = graph.ArcScores.ToArray();
        Array.Sort(thresholds);
        var distinct = thresholds.Distinct().ToArray();

        // The largest threshold that still serves `target` units; the lowest one always does.
        int lo = 0, hi = distinct.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (MaxUnits(graph, distinct[mid], cancellationToken) == target)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var (sub, map) = Filter(graph, distinct[lo]);
        var chosen = CostScalingTransportation.Solve(sub, cancellationToken);
        var result = new int[chosen.Length];
        for (var k = 0; k < chosen.Length; k++)
        {
            result[k] = map[chosen[k]];
        }

        Array.Sort(result);
        return result;
    }

    private static long MaxUnits(CandidateGraph graph, double threshold, CancellationToken cancellationToken) =>
        MaximumSeating.Units(Filter(graph, threshold).Graph, cancellationToken);

    private static (CandidateGraph Graph, int[] Map) Filter(CandidateGraph graph, double threshold)
    {
        var rowStart = new int[graph.SeekerCount + 1];
        var providers = new List<int>();
        var scores = new List<double>();
        var map = new List<int>();
        for (var s = 0; s < graph.SeekerCount; s++)
        {
            rowStart[s] = providers.Count;
            for (var a = graph.FirstArc(s); a < graph.EndArc(s); a++)
            {
                if (graph.ScoreOf(a) >= threshold)
                {
                    providers.Add(graph.ProviderOf(a));
                    scores.Add(graph.ScoreOf(a));
                    map.Add(a);
                }
            }
        }

        rowStart[graph.SeekerCount] = providers.Count;
        var demand = new int[graph.SeekerCount];
        for (var s = 0; s < demand.Length; s++)
        {
            demand[s] = graph.DemandOf(s);
        }

        var capacity = new int[graph.ProviderCount];
        for (var p = 0; p < capacity.Length; p++)
        {
            capacity[p] = graph.CapacityOf(p);
        }

        return (new CandidateGraph(demand, capacity, rowStart, [.. providers], [.. scores]), [.. map]);
    }
}
