using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PeerLearning.Recognition;

namespace PeerLearning.Storage.Sqlite.Tests.Recognition;

public sealed class AddSqliteRecognitionStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"peerlearning-di-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_sqlite_store_replaces_the_in_memory_default_in_either_order(bool sqliteFirst)
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(b =>
        {
            if (sqliteFirst)
            {
                b.AddSqliteRecognitionStore($"Data Source={_path}").AddRecognition();
            }
            else
            {
                b.AddRecognition().AddSqliteRecognitionStore($"Data Source={_path}");
            }
        });
        using var provider = services.BuildServiceProvider();

        var outcome = await provider.GetRequiredService<KudosEngine>().GiveAsync(new KudosRequest { KudosId = "k", GiverId = "a", ReceiverIds = ["b"], Points = 3 });

        Assert.IsType<SqliteRecognitionStore>(provider.GetRequiredService<IRecognitionStore>());
        Assert.Equal(KudosStatus.Recorded, outcome.Status);
        var reopened = new SqliteRecognitionStore(new SqliteRecognitionStoreOptions { ConnectionString = $"Data Source={_path}" });
        Assert.Equal(3, (await reopened.GetBalancesAsync("b")).Earned);
    }
}
