namespace PeerLearning.Matching;

/// <summary>
/// The baseline most products ship: take pairs from the highest score down while both sides have room.
/// Fast and simple; neither optimal nor stable in general. Ties are broken by the seed.
/// </summary>
public sealed class GreedyStrategy : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "greedy";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "Highest-scoring pairs first while both sides have room (baseline).";

    /// <inheritdoc />
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var order = new int[graph.ArcCount];
        var keys = new (double Score, ulong Tie)[graph.ArcCount];
        for (var a = 0; a < order.Length; a++)
        {
            order[a] = a;
            keys[a] = (-graph.ScoreOf(a), TieBreak.Key(seed, a));
        }

        Array.Sort(keys, order);
        cancellationToken.ThrowIfCancellationRequested();
        var demand = new int[graph.SeekerCount];
        var load = new int[graph.ProviderCount];
        var chosen = new List<int>();
        foreach (var a in order)
        {
            var s = graph.SeekerOf(a);
            var p = graph.ProviderOf(a);
            if (demand[s] < graph.DemandOf(s) && load[p] < graph.CapacityOf(p))
            {
                demand[s]++;
                load[p]++;
                chosen.Add(a);
            }
        }

        chosen.Sort();
        return chosen;
    }
}
