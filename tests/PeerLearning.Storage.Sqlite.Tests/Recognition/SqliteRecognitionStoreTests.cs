using Microsoft.Data.Sqlite;
using PeerLearning.Recognition;
using PeerLearning.Recognition.Tests.Ledger;

namespace PeerLearning.Storage.Sqlite.Tests.Recognition;

/// <summary>The shared store suite on a real SQLite file, plus what only a durable store must do.</summary>
public sealed class SqliteRecognitionStoreTests : RecognitionStoreContract, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "peerlearning-recognition-" + Guid.NewGuid().ToString("N"));
    private int _files;

    public SqliteRecognitionStoreTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    protected override IRecognitionStore CreateStore() => new SqliteRecognitionStore(Options(NewPath()));

    private string NewPath() => Path.Combine(_directory, $"store{Interlocked.Increment(ref _files)}.db");

    private static SqliteRecognitionStoreOptions Options(string path) => new() { ConnectionString = $"Data Source={path}" };

    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Database_uses_wal_and_records_the_schema_version_once()
    {
        var path = NewPath();
        await new SqliteRecognitionStore(Options(path)).InitializeAsync();
        await new SqliteRecognitionStore(Options(path)).InitializeAsync();

        Assert.Equal("wal", await ScalarAsync<string>(path, "PRAGMA journal_mode;"));
        Assert.Equal(SqliteRecognitionStore.SchemaVersion, await ScalarAsync<int>(path, "SELECT MAX(version) FROM recognition_schema_version;"));
        Assert.Equal(RecognitionSchema.Migrations.Count, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM recognition_schema_version;"));
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_in_place_and_keeps_its_awards()
    {
        var path = NewPath();
        var expires = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await ScalarAsync<long>(path, RecognitionSchema.Migrations[0].Sql + $"""
            CREATE TABLE recognition_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
            INSERT INTO recognition_schema_version VALUES (1, 'ledger and badge awards', '2026-01-01T00:00:00Z');
            INSERT INTO recognition_badge_award (award_id, badge_id, participant_id, awarded_at, expires_at) VALUES ('old', 'mentor-5', 'ann', 0, {expires.UtcTicks});
            SELECT 0;
            """);

        var store = new SqliteRecognitionStore(Options(path));
        var expiring = await store.GetAwardsExpiringAsync(expires.AddDays(-1), expires.AddDays(1));

        Assert.Equal("old", Assert.Single(expiring).AwardId);
        Assert.Equal(SqliteRecognitionStore.SchemaVersion, await ScalarAsync<int>(path, "SELECT MAX(version) FROM recognition_schema_version;"));
        Assert.Equal(1, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_recognition_badge_award_expires';"));
    }

    [Fact]
    public async Task Pending_kudos_approvals_survive_reopening_the_database()
    {
        var path = NewPath();
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(at);
        var allowance = new GivingAllowanceOptions { BasePoints = 1000 };
        var policy = new ThresholdApprovalPolicy([new ApprovalThreshold(200, 2), new ApprovalThreshold(50, 1)]);
        KudosEngine Engine() => new(new SqliteRecognitionStore(Options(path)), [policy], ParticipantDirectory.Empty, allowance, time, new PeerLearning.Events.InMemoryLearningEventSink());
        var request = new KudosRequest { KudosId = "k1", GiverId = "dee", ReceiverIds = ["cid"], Points = 250, Message = "thanks" };

        var held = await Engine().GiveAsync(request);
        SqliteConnection.ClearAllPools();
        time.Advance(TimeSpan.FromDays(2));
        var first = await Engine().ApproveAsync("k1", new KudosApproval("ann", 1));
        SqliteConnection.ClearAllPools();
        var last = await Engine().ApproveAsync("k1", new KudosApproval("hr-1", 2));

        var store = new SqliteRecognitionStore(Options(path));
        Assert.Equal(KudosStatus.PendingApproval, held.Status);
        Assert.Equal([2], first.MissingApprovalLevels);
        Assert.Equal(KudosStatus.Recorded, last.Status);
        Assert.Equal(250, (await store.GetBalancesAsync("cid")).Earned);
        Assert.All(await store.GetEntriesAsync("cid"), e => Assert.Equal(at, e.OccurredAt));
        Assert.Empty(await store.GetPendingKudosAsync());
    }

    [Fact]
    public async Task Approvals_given_at_the_same_time_by_two_processes_lose_nothing_and_record_each_kudos_once()
    {
        var path = NewPath();
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(at);
        var allowance = new GivingAllowanceOptions { BasePoints = 100_000 };
        var policy = new ThresholdApprovalPolicy([new ApprovalThreshold(200, 2), new ApprovalThreshold(50, 1)]);
        KudosEngine Engine() => new(new SqliteRecognitionStore(Options(path)), [policy], ParticipantDirectory.Empty, allowance, time, new PeerLearning.Events.InMemoryLearningEventSink());
        const int count = 20;
        var giver = Engine();
        for (var i = 0; i < count; i++)
        {
            await giver.GiveAsync(new KudosRequest { KudosId = $"k{i}", GiverId = "dee", ReceiverIds = ["cid"], Points = 250, Message = "thanks" });
        }

        // Two engines on their own store instances (as two processes), approving every kudos at once from two threads.
        var manager = Engine();
        var hr = Engine();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<KudosStatus>();
        async Task Approve(KudosEngine engine, string id, KudosApproval approval)
        {
            try
            {
                outcomes.Add((await engine.ApproveAsync(id, approval)).Status);
            }
            catch (PeerLearningValidationException e) when (e.Problems[0].Field == "kudosId")
            {
                // The other approver's call recorded the kudos (and dropped it from the pending list) first.
                outcomes.Add(KudosStatus.Duplicate);
            }
        }

        for (var i = 0; i < count; i++)
        {
            var id = $"k{i}";
            await Task.WhenAll(Task.Run(() => Approve(manager, id, new KudosApproval("ann", 1))), Task.Run(() => Approve(hr, id, new KudosApproval("hr-1", 2))));
        }

        var store = new SqliteRecognitionStore(Options(path));
        Assert.Equal(count, outcomes.Count(o => o == KudosStatus.Recorded));
        Assert.Equal(count * 250, (await store.GetBalancesAsync("cid")).Earned);
        Assert.Equal(count, (await store.GetEntriesAsync("cid")).Count);
        Assert.Empty(await store.GetPendingKudosAsync());
    }

    [Fact]
    public async Task A_database_from_a_newer_schema_is_refused()
    {
        var path = NewPath();
        await new SqliteRecognitionStore(Options(path)).InitializeAsync();
        await ScalarAsync<long>(path, "INSERT INTO recognition_schema_version VALUES (999, 'future', 'x'); SELECT 0;");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteRecognitionStore(Options(path)).InitializeAsync());

        Assert.Contains("999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_inside_the_transaction_leaves_neither_the_award_nor_its_entries()
    {
        var path = NewPath();
        var store = new SqliteRecognitionStore(Options(path));
        await store.InitializeAsync();
        // The database itself rejects the award after the entries were inserted in the same transaction.
        await ScalarAsync<long>(path, "CREATE TRIGGER reject_award BEFORE INSERT ON recognition_badge_award WHEN NEW.badge_id = 'rejected' BEGIN SELECT RAISE(ABORT, 'rejected by test'); END; SELECT 0;");
        var batch = new RecognitionBatch
        {
            Entries = [Entry("r1", "lee", 10, awardId: "aw-r"), Entry("r2", "lee", 20, LedgerAccount.OrganizationAward, awardId: "aw-r")],
            Awards = [Award("aw-r", "lee", "rejected")],
        };

        await Assert.ThrowsAsync<SqliteException>(() => store.AppendAsync(batch).AsTask());

        Assert.Empty(await store.GetEntriesAsync("lee"));
        Assert.Empty(await store.GetAwardsAsync("lee"));
        Assert.Equal(0, await ScalarAsync<long>(path, "SELECT COUNT(*) FROM recognition_ledger;"));
    }

    [Fact]
    public async Task Two_store_instances_on_one_file_share_idempotency()
    {
        var path = NewPath();
        var a = new SqliteRecognitionStore(Options(path));
        var b = new SqliteRecognitionStore(Options(path));
        var batch = new RecognitionBatch { Entries = [Entry("shared", "max", 3)] };

        await a.AppendAsync(batch);
        var second = await b.AppendAsync(batch);

        Assert.Equal(["shared"], second.DuplicateKeys);
        Assert.Single(await a.GetEntriesAsync("max"));
    }

    [Fact]
    public async Task A_writer_process_killed_mid_write_leaves_the_store_consistent()
    {
        var path = NewPath();
        var assembly = typeof(CrashWriter).Assembly.Location;
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        using var child = new System.Diagnostics.Process
        {
            StartInfo = new System.Diagnostics.ProcessStartInfo(host)
            {
                ArgumentList = { "exec", assembly, CrashWriter.Command, path },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        child.Start();
        var ready = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (ready != "ready")
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail("child did not start: " + ready + " " + await child.StandardError.ReadToEndAsync());
        }

        // Let it commit a few hundred batches, then kill it while it is writing.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ScalarAsync<long>(path, "SELECT COUNT(*) FROM recognition_badge_award;") < 300 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        SqliteConnection.ClearAllPools();

        Assert.Equal("ok", await ScalarAsync<string>(path, "PRAGMA integrity_check;"));
        var awards = await ScalarAsync<long>(path, "SELECT COUNT(*) FROM recognition_badge_award;");
        Assert.True(awards >= 300, $"only {awards} batches were written before the kill");
        // Every batch is whole or absent, and the batches present are exactly 0..n-1 (written in order).
        Assert.Equal(awards * CrashWriter.EntriesPerBatch, await ScalarAsync<long>(path, "SELECT COUNT(*) FROM recognition_ledger;"));
        Assert.Equal(0, await ScalarAsync<long>(path, "SELECT COUNT(*) FROM recognition_badge_award a WHERE (SELECT COUNT(*) FROM recognition_ledger l WHERE l.award_id = a.award_id) <> 3;"));
        Assert.Equal(awards - 1, await ScalarAsync<long>(path, "SELECT MAX(CAST(substr(award_id, 2) AS INTEGER)) FROM recognition_badge_award;"));

        var reopened = new SqliteRecognitionStore(Options(path));
        var expectedOrg = Enumerable.Range(0, (int)awards).Count(i => i % 5 == 0) * 3L;
        Assert.Equal(expectedOrg, (await reopened.GetBalancesAsync("p0")).OrganizationAward);
        var resumed = await reopened.AppendAsync(CrashWriter.Batch((int)awards));
        Assert.Equal(CrashWriter.EntriesPerBatch, resumed.Recorded.Count);
        var replay = await reopened.AppendAsync(CrashWriter.Batch(0));
        Assert.Empty(replay.Recorded);
    }
}
