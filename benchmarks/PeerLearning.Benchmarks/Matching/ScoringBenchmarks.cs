using BenchmarkDotNet.Attributes;
using PeerLearning.Data;
using PeerLearning.Matching;

namespace PeerLearning.Benchmarks.Matching;

/// <summary>
/// The scoring hot loop: every seeker of a synthetic organization against every eligible mentor (all built-in
/// criteria plus the hard-constraint checks), one row at a time. Pairs per operation are reported in setup;
/// pairs per second = PairsPerOperation ÷ mean time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScoringBenchmarks
{
    private CandidateScorer _scorer = null!;
    private double[] _scores = [];
    private double[] _values = [];
    private ConstraintKind[] _violations = [];

    [Params(20_000)]
    public int Size { get; set; }

    public long PairsPerOperation { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var people = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = Size, Seed = 3 });
        var program = new MentoringProgram { Id = "m", Name = "m", AsOf = new DateOnly(2026, 1, 1) };
        var mentors = Enumerable.Range(0, people.Count).Where(i => people[i].HasRole(ProgramRole.Mentor)).ToArray();
        var mentees = Enumerable.Range(0, people.Count).Where(i => people[i].HasRole(ProgramRole.Mentee)).Take(200).ToArray();
        _scorer = new CandidateScorer(people, mentors, mentees, program, new PairScoring(program.AsOf!.Value), program.AsOf!.Value, []);
        _scores = new double[mentors.Length];
        _values = new double[mentors.Length];
        _violations = new ConstraintKind[mentors.Length];
        PairsPerOperation = (long)mentors.Length * mentees.Length;
        Console.WriteLine($"// ScoringBenchmarks: {mentees.Length} mentees x {mentors.Length} mentors = {PairsPerOperation} pairs per operation");
    }

    [Benchmark(Baseline = true)]
    public double ScoreRows()
    {
        double sum = 0;
        for (var s = 0; s < _scorer.SeekerCount; s++)
        {
            _scorer.ScoreRow(s, _scores, _values, _violations);
            sum += _scores[0];
        }

        return sum;
    }

    /// <summary>The same rows on every core, as the engine runs them (one buffer set per thread).</summary>
    [Benchmark]
    public double ScoreRowsParallel()
    {
        var n = _scores.Length;
        var sums = new double[_scorer.SeekerCount];
        Parallel.For(
            0,
            _scorer.SeekerCount,
            () => (new double[n], new double[n], new ConstraintKind[n]),
            (s, _, buffers) =>
            {
                _scorer.ScoreRow(s, buffers.Item1, buffers.Item2, buffers.Item3);
                sums[s] = buffers.Item1[0];
                return buffers;
            },
            _ => { });
        return sums.Sum();
    }
}
