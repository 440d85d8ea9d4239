namespace PeerLearning.Matching;

/// <summary>
/// Stable matching: seeker-proposing deferred acceptance (Gale–Shapley; hospitals/residents with provider
/// capacities and, for k providers per seeker, seeker demands). Both sides rank each other by pair score, or by the
/// preferences people supplied (<see cref="CandidateGraph.WithPreferences"/>); equal values are ordered by the seed. The result has no blocking pair and is the best stable result for every seeker.
/// </summary>
public sealed class StableStrategy : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "stable";

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "No blocking pairs: mentee-proposing deferred acceptance with capacities.";

    /// <inheritdoc />
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);

        // Each seeker's arcs in preference order.
        var prefs = new int[graph.ArcCount];
        for (var s = 0; s < graph.SeekerCount; s++)
        {
            var first = graph.FirstArc(s);
            var count = graph.EndArc(s) - first;
            var keys = new (double, ulong)[count];
            var arcs = new int[count];
            for (var k = 0; k < count; k++)
            {
                arcs[k] = first + k;
                keys[k] = (-graph.SeekerPreferenceOf(first + k), TieBreak.Key(seed, graph.ProviderOf(first + k)));
            }

            Array.Sort(keys, arcs);
            arcs.CopyTo(prefs, first);
        }

        var next = new int[graph.SeekerCount];
        var held = new int[graph.SeekerCount];
        var providerHeld = new List<int>?[graph.ProviderCount];
        var queue = new Queue<int>();
        for (var s = 0; s < graph.SeekerCount; s++)
        {
            next[s] = graph.FirstArc(s);
            if (graph.DemandOf(s) > 0)
            {
                queue.Enqueue(s);
            }
        }

        var steps = 0;
        while (queue.TryDequeue(out var s))
        {
            if ((++steps & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            while (held[s] < graph.DemandOf(s) && next[s] < graph.EndArc(s))
            {
                var arc = prefs[next[s]++];
                var p = graph.ProviderOf(arc);
                var cap = graph.CapacityOf(p);
                if (cap == 0)
                {
                    continue;
                }

                var list = providerHeld[p] ??= new List<int>(Math.Min(cap, 8));
                if (list.Count < cap)
                {
                    list.Add(arc);
                    held[s]++;
                    continue;
                }

                // The provider is full: it keeps the proposal it likes least only if the new one is worse.
                var worst = 0;
                for (var k = 1; k < list.Count; k++)
                {
                    if (ProviderPrefers(graph, seed, list[worst], list[k]))
                    {
                        worst = k;
                    }
                }

                if (ProviderPrefers(graph, seed, arc, list[worst]))
                {
                    var rejected = list[worst];
                    list[worst] = arc;
                    held[s]++;
                    var loser = graph.SeekerOf(rejected);
                    held[loser]--;
                    if (loser != s)
                    {
                        queue.Enqueue(loser);
                    }
                }
            }
        }

        var chosen = new List<int>();
        foreach (var list in providerHeld)
        {
            if (list is not null)
            {
                chosen.AddRange(list);
            }
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>Whether the provider of both arcs prefers the seeker of <paramref name="a"/> to that of <paramref name="b"/>.</summary>
    private static bool ProviderPrefers(CandidateGraph graph, int seed, int a, int b)
    {
        var sa = graph.ProviderPreferenceOf(a);
        var sb = graph.ProviderPreferenceOf(b);
        if (sa != sb)
        {
            return sa > sb;
        }

        return TieBreak.Key(seed, graph.SeekerOf(a)) < TieBreak.Key(seed, graph.SeekerOf(b));
    }
}
