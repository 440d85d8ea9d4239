using Google.OrTools.Graph;

namespace PeerLearning.Matching.Tests.Oracles;

/// <summary>Google OR-Tools solves the same instances: the reference optimum.</summary>
internal static class OrToolsReference
{
    /// <summary>Most units, then least cost, by OR-Tools' SolveMaxFlowWithMinCost on source → seekers → providers → sink.</summary>
    public static (int Units, long Cost) MinCostFlow(CandidateGraph g, Func<int, bool>? keep = null)
    {
        var flow = new MinCostFlow();
        var source = g.SeekerCount + g.ProviderCount;
        var sink = source + 1;
        for (var s = 0; s < g.SeekerCount; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, s, g.DemandOf(s), 0);
        }

        for (var a = 0; a < g.ArcCount; a++)
        {
            if (keep is null || keep(a))
            {
                flow.AddArcWithCapacityAndUnitCost(g.SeekerOf(a), g.SeekerCount + g.ProviderOf(a), 1, ScoreCost.Of(g.ScoreOf(a)));
            }
        }

        for (var p = 0; p < g.ProviderCount; p++)
        {
            flow.AddArcWithCapacityAndUnitCost(g.SeekerCount + p, sink, g.CapacityOf(p), 0);
        }

        var total = g.TotalDemand;
        flow.SetNodeSupply(source, total);
        flow.SetNodeSupply(sink, -total);
        var status = flow.SolveMaxFlowWithMinCost();
        Assert.Equal(MinCostFlowBase.Status.OPTIMAL, status);
        return ((int)flow.MaximumFlow(), flow.OptimalCost());
    }

    /// <summary>The fair optimum: the highest threshold keeping the maximum units (OR-Tools max flows), then min cost above it.</summary>
    public static (int Units, double Min, long Cost) Fair(CandidateGraph g)
    {
        var (units, _) = MinCostFlow(g);
        var scores = Enumerable.Range(0, g.ArcCount).Select(g.ScoreOf).Distinct().OrderDescending();
        foreach (var t in scores)
        {
            var (u, cost) = MinCostFlow(g, a => g.ScoreOf(a) >= t);
            if (u == units)
            {
                return (u, t, cost);
            }
        }

        return (0, double.PositiveInfinity, 0);
    }

    /// <summary>OR-Tools' LinearSumAssignment optimum on a complete matrix (rows ≤ columns).</summary>
    public static long Assignment(long[] costs, int rows, int columns)
    {
        // OR-Tools needs a perfect matching: pad with zero-cost rows.
        var lsa = new LinearSumAssignment();
        for (var i = rows; i < columns; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                lsa.AddArcWithCost(i, j, 0);
            }
        }

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                lsa.AddArcWithCost(i, j, costs[(i * columns) + j]);
            }
        }

        Assert.Equal(LinearSumAssignment.Status.OPTIMAL, lsa.Solve());
        return lsa.OptimalCost();
    }
}
