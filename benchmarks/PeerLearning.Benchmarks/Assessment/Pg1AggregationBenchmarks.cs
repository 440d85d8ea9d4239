using BenchmarkDotNet.Attributes;
using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Simulation;

namespace PeerLearning.Benchmarks.Assessment;

/// <summary>PG1 on 100,000 submissions × 4 reviews × 5 criteria (target: under 2 s); the plain mean as the reference.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class Pg1AggregationBenchmarks
{
    private PeerAssessment _round = null!;

    [GlobalSetup]
    public void Setup()
    {
        _round = PeerReviewSimulator.Simulate(new SimulationOptions
        {
            Submissions = 100_000,
            ReviewsPerSubmission = 4,
            Criteria = 5,
            MissingReviewRate = 0,
            Seed = 42,
        }).Round;
    }

    [Benchmark(Baseline = true)]
    public AggregationResult Mean() => GradeAggregators.Get(AggregationMethods.Mean).Aggregate(_round, AggregationOptions.Default);

    [Benchmark]
    public AggregationResult Pg1() => GradeAggregators.Get(AggregationMethods.Pg1).Aggregate(_round, AggregationOptions.Default);
}
