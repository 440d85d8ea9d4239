namespace PeerLearning.Matching.Tests.Oracles;

/// <summary>Enumerates every feasible selection of a small graph.</summary>
internal static class BruteForce
{
    public static IEnumerable<int[]> AllSelections(CandidateGraph g)
    {
        var load = new int[g.ProviderCount];
        var current = new List<int>();
        return Recurse(g, 0, g.FirstArc(0 < g.SeekerCount ? 0 : 0), 0, load, current);
    }

    private static IEnumerable<int[]> Recurse(CandidateGraph g, int seeker, int arcFrom, int taken, int[] load, List<int> current)
    {
        if (seeker == g.SeekerCount)
        {
            yield return [.. current];
            yield break;
        }

        // Option: this seeker takes no more arcs.
        foreach (var r in Recurse(g, seeker + 1, seeker + 1 < g.SeekerCount ? g.FirstArc(seeker + 1) : 0, 0, load, current))
        {
            yield return r;
        }

        if (taken >= g.DemandOf(seeker))
        {
            yield break;
        }

        for (var a = arcFrom; a < g.EndArc(seeker); a++)
        {
            var p = g.ProviderOf(a);
            if (load[p] >= g.CapacityOf(p))
            {
                continue;
            }

            load[p]++;
            current.Add(a);
            foreach (var r in Recurse(g, seeker, a + 1, taken + 1, load, current))
            {
                yield return r;
            }

            current.RemoveAt(current.Count - 1);
            load[p]--;
        }
    }

    /// <summary>The best lexicographic objective: most units, then least cost.</summary>
    public static (int Units, long Cost) Optimum(CandidateGraph g)
    {
        var best = (Units: -1, Cost: long.MaxValue);
        foreach (var sel in AllSelections(g))
        {
            var o = RandomGraphs.Objective(g, sel);
            if (o.Units > best.Units || (o.Units == best.Units && o.Cost < best.Cost))
            {
                best = o;
            }
        }

        return best;
    }

    /// <summary>The best fair objective: most units, then the highest minimum score, then least cost.</summary>
    public static (int Units, double Min, long Cost) FairOptimum(CandidateGraph g)
    {
        var best = (Units: -1, Min: double.NegativeInfinity, Cost: long.MaxValue);
        foreach (var sel in AllSelections(g))
        {
            var (units, cost) = RandomGraphs.Objective(g, sel);
            var min = sel.Length == 0 ? double.PositiveInfinity : sel.Min(g.ScoreOf);
            if (units > best.Units || (units == best.Units && (min > best.Min || (min == best.Min && cost < best.Cost))))
            {
                best = (units, min, cost);
            }
        }

        return best;
    }
}
