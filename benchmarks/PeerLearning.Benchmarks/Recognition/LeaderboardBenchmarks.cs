using BenchmarkDotNet.Attributes;
using PeerLearning.Recognition;

namespace PeerLearning.Benchmarks.Recognition;

/// <summary>Target: a monthly points leaderboard for 100,000 people (500,000 ledger entries) in under 200 ms.</summary>
[MemoryDiagnoser]
public class LeaderboardBenchmarks
{
    private LeaderboardBuilder _builder = null!;
    private LedgerEntry[] _entries = [];
    private LeaderboardQuery _query = null!;

    [Params(100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var people = Enumerable.Range(0, People)
            .Select(i => new Participant { Id = $"p{i}", DisplayName = $"Person {i}", Department = $"d{i % 40}", Team = $"t{i % 2000}" })
            .ToList();
        _builder = new LeaderboardBuilder(new ParticipantDirectory(people), new LeaderboardOptions { TimeZoneId = "Europe/Berlin" });
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        _entries = Enumerable.Range(0, People * 5).Select(i => new LedgerEntry
        {
            IdempotencyKey = $"k{i}",
            ParticipantId = $"p{random.Next(People)}",
            Account = i % 5 == 0 ? LedgerAccount.OrganizationAward : LedgerAccount.Earned,
            Points = random.Next(1, 50),
            OccurredAt = start.AddMinutes(random.Next(60 * 24 * 45)),
        }).ToArray();
        _query = new LeaderboardQuery { At = new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero), Window = LeaderboardWindow.Month };
    }

    [Benchmark]
    public int Monthly_points_board() => _builder.Build(_entries, _query).Rows.Count;

    [Benchmark]
    public int Monthly_department_board() => _builder.Build(_entries, _query with { Scope = LeaderboardScope.Department, ScopeName = "d7" }).Rows.Count;
}
