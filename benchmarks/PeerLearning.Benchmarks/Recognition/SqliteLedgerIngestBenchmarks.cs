using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PeerLearning.Recognition;
using PeerLearning.Storage.Sqlite;

namespace PeerLearning.Benchmarks.Recognition;

/// <summary>
/// Target: SQLite ledger ingest of at least 20,000 entries per second in batches. Each invocation appends
/// 20,000 new entries (batches of <see cref="BatchSize"/>, one transaction each) to a WAL database on disk,
/// so a mean under 1 s meets the target.
/// </summary>
[MemoryDiagnoser]
public class SqliteLedgerIngestBenchmarks
{
    private const int EntriesPerInvocation = 20_000;
    private string _directory = string.Empty;
    private SqliteRecognitionStore _store = null!;
    private int _round;

    [Params(500, 2_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "peerlearning-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _store = new SqliteRecognitionStore(new SqliteRecognitionStoreOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "ledger.db")}" });
        _store.InitializeAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> Ingest_20000_entries()
    {
        var round = Interlocked.Increment(ref _round);
        var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var recorded = 0;
        for (var offset = 0; offset < EntriesPerInvocation; offset += BatchSize)
        {
            var entries = new LedgerEntry[BatchSize];
            for (var i = 0; i < BatchSize; i++)
            {
                var n = offset + i;
                entries[i] = new LedgerEntry
                {
                    IdempotencyKey = $"r{round}-e{n}",
                    ParticipantId = $"p{n % 5000}",
                    Account = LedgerAccount.Earned,
                    Points = 5,
                    OccurredAt = at.AddSeconds(n),
                    Reason = "kudos",
                    CounterpartyId = $"p{(n * 7) % 5000}",
                    SourceEventId = $"ev{n}",
                };
            }

            recorded += (await _store.AppendAsync(new RecognitionBatch { Entries = entries })).Recorded.Count;
        }

        return recorded;
    }
}
