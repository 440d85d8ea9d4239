using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PeerLearning.Data;
using PeerLearning.Matching;

namespace PeerLearning.Benchmarks.Matching;

/// <summary>
/// A whole mentoring round on a generated organization, end to end (validation, eligibility, scoring every pair,
/// top-50 candidates, optimal solve, explanations, quality report). Every sixth person mentors (capacity 5), the rest
/// are mentees: Size 120,000 is the 100,000 mentees × 20,000 mentors. One cold run per size.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class EndToEndScaleBenchmarks
{
    private List<Participant> _people = [];
    private MentoringProgram _program = null!;

    [Params(12_000, 120_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _people = [.. SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = Size, Seed = 11 })
            .Select((p, i) => p with { Roles = i % 6 == 0 ? [new RoleCapacity(ProgramRole.Mentor, 5)] : [new RoleCapacity(ProgramRole.Mentee, 1)] })];
        _program = new MentoringProgram { Id = "scale", Name = "Scale", AsOf = new DateOnly(2026, 1, 1) };
    }

    [Benchmark]
    public int MatchRound()
    {
        var result = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 50 }).Match(_people, _program);
        Console.WriteLine($"// {Size}: {result.Quality.Matches} matches, {result.Quality.SeekersMatchedPercent:F1}% matched, solve {result.Quality.SolveMilliseconds:F0} ms, violations {result.Quality.ConstraintViolations}");
        return result.Matches.Count;
    }
}
