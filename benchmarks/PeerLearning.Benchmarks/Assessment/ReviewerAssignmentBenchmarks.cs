using BenchmarkDotNet.Attributes;
using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Benchmarks.Assessment;

/// <summary>Reviewer assignment of 20,000 submissions with k = 3 (target: under 5 s).</summary>
[MemoryDiagnoser]
public class ReviewerAssignmentBenchmarks
{
    private AssignmentRequest _request = null!;

    [Params(false, true)]
    public bool SpreadAcrossDepartments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int n = 20_000;
        _request = new AssignmentRequest
        {
            Submissions = Enumerable.Range(0, n).Select(i => new Submission { Id = $"s{i}", AuthorIds = [$"p{i}"], GroupId = $"g{i / 4}" }).ToList(),
            Reviewers = Enumerable.Range(0, n).Select(i => new ReviewerCandidate { Id = $"p{i}", Department = $"d{i % 12}", GroupIds = [$"g{i / 4}"] }).ToList(),
            ReviewersPerSubmission = 3,
            SpreadAcrossDepartments = SpreadAcrossDepartments,
            Seed = 7,
        };
    }

    [Benchmark]
    public AssignmentResult Assign() => new ReviewerAssigner().Assign(_request);
}
