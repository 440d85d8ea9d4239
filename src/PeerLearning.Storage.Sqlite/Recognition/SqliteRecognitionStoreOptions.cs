namespace PeerLearning.Storage.Sqlite;

/// <summary>Where the SQLite recognition store keeps its data.</summary>
public sealed class SqliteRecognitionStoreOptions
{
    /// <summary>
    /// The connection string, for example <c>Data Source=recognition.db</c>. The store turns on WAL mode, a busy
    /// timeout and foreign keys itself. Required.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>How long a writer waits for another writer's lock before failing. Default 30 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
