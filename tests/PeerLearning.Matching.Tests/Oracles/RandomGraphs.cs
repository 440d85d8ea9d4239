namespace PeerLearning.Matching.Tests.Oracles;

/// <summary>Random candidate graphs for property tests.</summary>
internal static class RandomGraphs
{
    public static CandidateGraph Create(int seed, int seekers, int providers, double density, int maxDemand = 1, int maxCapacity = 1, bool integerScores = false)
    {
        var rng = new Random(seed);
        var demand = new int[seekers];
        var capacity = new int[providers];
        for (var s = 0; s < seekers; s++)
        {
            demand[s] = rng.Next(1, maxDemand + 1);
        }

        for (var p = 0; p < providers; p++)
        {
            capacity[p] = rng.Next(maxCapacity == 1 ? 1 : 0, maxCapacity + 1);
        }

        var rowStart = new int[seekers + 1];
        var arcProvider = new List<int>();
        var arcScore = new List<double>();
        for (var s = 0; s < seekers; s++)
        {
            rowStart[s] = arcProvider.Count;
            for (var p = 0; p < providers; p++)
            {
                if (rng.NextDouble() < density)
                {
                    arcProvider.Add(p);
                    arcScore.Add(integerScores ? rng.Next(0, 11) * 10 : Math.Round(rng.NextDouble() * 100, 4));
                }
            }
        }

        rowStart[seekers] = arcProvider.Count;
        return new CandidateGraph(demand, capacity, rowStart, [.. arcProvider], [.. arcScore]);
    }

    /// <summary>(units served, total integer cost) of a selection, the lexicographic objective.</summary>
    public static (int Units, long Cost) Objective(CandidateGraph g, IReadOnlyList<int> arcs)
    {
        long cost = 0;
        foreach (var a in arcs)
        {
            cost += ScoreCost.Of(g.ScoreOf(a));
        }

        return (arcs.Count, cost);
    }

    /// <summary>Asserts each seeker gets at most its demand, each provider at most its capacity, no arc twice.</summary>
    public static void AssertFeasible(CandidateGraph g, IReadOnlyList<int> arcs)
    {
        Assert.Equal(arcs.Count, arcs.Distinct().Count());
        var demand = new int[g.SeekerCount];
        var load = new int[g.ProviderCount];
        foreach (var a in arcs)
        {
            Assert.InRange(a, 0, g.ArcCount - 1);
            demand[g.SeekerOf(a)]++;
            load[g.ProviderOf(a)]++;
        }

        for (var s = 0; s < g.SeekerCount; s++)
        {
            Assert.True(demand[s] <= g.DemandOf(s), $"seeker {s} got {demand[s]} > demand {g.DemandOf(s)}");
        }

        for (var p = 0; p < g.ProviderCount; p++)
        {
            Assert.True(load[p] <= g.CapacityOf(p), $"provider {p} got {load[p]} > capacity {g.CapacityOf(p)}");
        }
    }

    /// <summary>The graph with random preference values on both sides (people's own rankings).</summary>
    public static CandidateGraph WithRandomPreferences(CandidateGraph g, int seed)
    {
        var rng = new Random(seed);
        return g.WithPreferences(
            [.. Enumerable.Range(0, g.ArcCount).Select(_ => (double)rng.Next(0, 20))],
            [.. Enumerable.Range(0, g.ArcCount).Select(_ => (double)rng.Next(0, 20))]);
    }

    /// <summary>Pairs (s, p) not chosen where both would strictly gain: the instability of a selection.</summary>
    public static int BlockingPairs(CandidateGraph g, IReadOnlyList<int> arcs)
    {
        var chosen = new HashSet<int>(arcs);
        var seekerWorst = Enumerable.Repeat(double.PositiveInfinity, g.SeekerCount).ToArray();
        var seekerCount = new int[g.SeekerCount];
        var providerWorst = Enumerable.Repeat(double.PositiveInfinity, g.ProviderCount).ToArray();
        var providerCount = new int[g.ProviderCount];
        foreach (var a in arcs)
        {
            var s = g.SeekerOf(a);
            var p = g.ProviderOf(a);
            seekerWorst[s] = Math.Min(seekerWorst[s], g.SeekerPreferenceOf(a));
            providerWorst[p] = Math.Min(providerWorst[p], g.ProviderPreferenceOf(a));
            seekerCount[s]++;
            providerCount[p]++;
        }

        var blocking = 0;
        for (var a = 0; a < g.ArcCount; a++)
        {
            if (chosen.Contains(a))
            {
                continue;
            }

            var s = g.SeekerOf(a);
            var p = g.ProviderOf(a);
            var seekerWants = seekerCount[s] < g.DemandOf(s) || g.SeekerPreferenceOf(a) > seekerWorst[s];
            var providerWants = g.CapacityOf(p) > 0 && (providerCount[p] < g.CapacityOf(p) || g.ProviderPreferenceOf(a) > providerWorst[p]);
            if (seekerWants && providerWants)
            {
                blocking++;
            }
        }

        return blocking;
    }
}
