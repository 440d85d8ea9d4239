using BenchmarkDotNet.Attributes;
using Google.OrTools.Graph;
using PeerLearning.Matching;

namespace PeerLearning.Benchmarks.Matching;

/// <summary>
/// Capacitated many-to-one matching: 5,000 mentees × 1,000 mentors of capacity 5, 50 candidates per mentee with
/// 0.1-point scores. <c>random</c> spreads the candidates evenly; <c>congested</c> piles them onto the same popular
/// mentors, as the top-k lists of a real organization do (the draw is squared, and popular mentors score higher),
/// so most mentors are full and many mentees stay unserved. OR-Tools MinCostFlow (SolveMaxFlowWithMinCost, build +
/// solve, and solve only) against our seating + cost-scaling solver. Optimal results are asserted equal in setup.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CapacitatedFlowBenchmarks
{
    private const int Mentees = 5000;
    private const int Mentors = 1000;
    private const int Capacity = 5;
    private const int TopK = 50;
    private CandidateGraph _graph = null!;
    private MinCostFlow? _prepared;

    [Params("random", "congested")]
    public string Kind { get; set; } = "random";

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(5);
        var rowStart = new int[Mentees + 1];
        var providers = new int[Mentees * TopK];
        var scores = new double[Mentees * TopK];
        for (var s = 0; s < Mentees; s++)
        {
            rowStart[s] = s * TopK;
            var picked = new HashSet<int>();
            for (var k = 0; k < TopK; k++)
            {
                int p;
                do
                {
                    var u = rng.NextDouble();
                    p = Kind == "congested" ? (int)(u * u * Mentors) : (int)(u * Mentors);
                }
                while (!picked.Add(p));
                providers[(s * TopK) + k] = p;
                scores[(s * TopK) + k] = Kind == "congested"
                    ? Math.Round(100 - (40.0 * p / Mentors) - (20 * rng.NextDouble()), 1)
                    : rng.Next(0, 1001) / 10.0;
            }
        }

        rowStart[Mentees] = providers.Length;
        _graph = new CandidateGraph(Enumerable.Repeat(1, Mentees).ToArray(), Enumerable.Repeat(Capacity, Mentors).ToArray(), rowStart, providers, scores);
        var ours = Ours();
        var reference = OrToolsEndToEnd();
        if (ours != reference)
        {
            throw new InvalidOperationException($"optimum differs: ours {ours}, OR-Tools {reference}");
        }
    }

    [IterationSetup(Target = nameof(OrToolsSolveOnly))]
    public void PrepareOrTools() => _prepared = Build();

    [Benchmark(Baseline = true)]
    public long OrToolsEndToEnd()
    {
        var flow = Build();
        return Solve(flow);
    }

    [Benchmark]
    public long OrToolsSolveOnly() => Solve(_prepared!);

    [Benchmark]
    public long Ours()
    {
        var chosen = new MinCostFlowStrategy().Solve(_graph, 0);
        long cost = 0;
        foreach (var a in chosen)
        {
            cost += (long)Math.Round((100 - _graph.ScoreOf(a)) * 10_000);
        }

        return (chosen.Count * 1_000_000_000L) + cost;
    }

    private MinCostFlow Build()
    {
        var flow = new MinCostFlow();
        var source = Mentees + Mentors;
        var sink = source + 1;
        for (var s = 0; s < Mentees; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, s, 1, 0);
        }

        for (var a = 0; a < _graph.ArcCount; a++)
        {
            flow.AddArcWithCapacityAndUnitCost(_graph.SeekerOf(a), Mentees + _graph.ProviderOf(a), 1, (long)Math.Round((100 - _graph.ScoreOf(a)) * 10_000));
        }

        for (var p = 0; p < Mentors; p++)
        {
            flow.AddArcWithCapacityAndUnitCost(Mentees + p, sink, Capacity, 0);
        }

        flow.SetNodeSupply(source, Mentees);
        flow.SetNodeSupply(sink, -Mentees);
        return flow;
    }

    private static long Solve(MinCostFlow flow)
    {
        if (flow.SolveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException("OR-Tools did not solve");
        }

        return (flow.MaximumFlow() * 1_000_000_000L) + flow.OptimalCost();
    }
}
