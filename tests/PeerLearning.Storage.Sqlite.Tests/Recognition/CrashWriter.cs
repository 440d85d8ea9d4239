using PeerLearning.Recognition;

namespace PeerLearning.Storage.Sqlite.Tests.Recognition;

/// <summary>
/// The child process of the crash test: writes batches (three entries and an award each) as fast as it can until
/// it is killed. Batch i has keys <c>b{i}-0..2</c> and award <c>a{i}</c>, for participant <c>p{i % 5}</c>.
/// </summary>
internal static class CrashWriter
{
    public const string Command = "crash-writer";

    public const int EntriesPerBatch = 3;

    public static RecognitionBatch Batch(int i)
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i);
        var person = $"p{i % 5}";
        return new RecognitionBatch
        {
            Entries = Enumerable.Range(0, EntriesPerBatch).Select(j => new LedgerEntry
            {
                IdempotencyKey = $"b{i}-{j}",
                ParticipantId = person,
                Account = (LedgerAccount)j,
                Points = j + 1,
                OccurredAt = at,
                Reason = "crash test",
                AwardId = $"a{i}",
            }).ToList(),
            Awards = [new BadgeAward { AwardId = $"a{i}", BadgeId = "crash", ParticipantId = person, AwardedAt = at }],
        };
    }

    public static async Task RunAsync(string path)
    {
        var store = new SqliteRecognitionStore(new SqliteRecognitionStoreOptions { ConnectionString = $"Data Source={path}" });
        await store.InitializeAsync();
        await Console.Out.WriteLineAsync("ready");
        await Console.Out.FlushAsync();
        for (var i = 0; ; i++)
        {
            await store.AppendAsync(Batch(i));
        }
    }
}
