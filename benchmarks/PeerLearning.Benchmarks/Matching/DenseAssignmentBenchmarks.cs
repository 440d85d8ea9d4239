using BenchmarkDotNet.Attributes;
using Google.OrTools.Graph;
using PeerLearning.Matching;

namespace PeerLearning.Benchmarks.Matching;

/// <summary>
/// Dense n × n assignment end to end: OR-Tools LinearSumAssignment (adding every arc, then solving) against our
/// <see cref="LinearAssignment"/> (reading the int matrix in place, then solving). Both return the optimum; the cost
/// is asserted equal in setup. Families (see <see cref="CostMatrices"/>): uniform, spatial and ties have integer costs
/// 0–999 (ties 0–9); Machol–Wien is c(i, j) = i · j for i, j in 1..n, so its costs are NOT limited to 0–999 — they
/// reach n² (4,000,000 at n = 2000), which still fits <see cref="int"/> and our int lanes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DenseAssignmentBenchmarks
{
    private int[] _costs = [];

    [Params(2000)]
    public int N { get; set; }

    [Params("uniform", "spatial", "ties", "machol-wien")]
    public string Kind { get; set; } = "uniform";

    [GlobalSetup]
    public void Setup()
    {
        _costs = CostMatrices.Generate(Kind, N, 17);
        var ours = Lapjv();
        var reference = OrTools();
        if (ours != reference)
        {
            throw new InvalidOperationException($"optimum differs: ours {ours}, OR-Tools {reference}");
        }
    }

    [Benchmark(Baseline = true)]
    public long OrTools()
    {
        var lsa = new LinearSumAssignment();
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                lsa.AddArcWithCost(i, j, _costs[(i * N) + j]);
            }
        }

        if (lsa.Solve() != LinearSumAssignment.Status.OPTIMAL)
        {
            throw new InvalidOperationException("OR-Tools did not solve");
        }

        return lsa.OptimalCost();
    }

    [Benchmark]
    public long Lapjv()
    {
        var assignment = LinearAssignment.Solve(_costs, N, N);
        long total = 0;
        for (var i = 0; i < N; i++)
        {
            total += _costs[(i * N) + assignment[i]];
        }

        return total;
    }
}
