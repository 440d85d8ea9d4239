using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeerLearning.Recognition;

namespace PeerLearning.Storage.Sqlite;

/// <summary>Registers the SQLite recognition store.</summary>
public static class SqliteRecognitionBuilderExtensions
{
    /// <summary>
    /// Makes <see cref="SqliteRecognitionStore"/> the <see cref="IRecognitionStore"/> (replacing the in-memory default,
    /// whether <c>AddRecognition</c> runs before or after). The schema is migrated on first use.
    /// </summary>
    /// <param name="builder">The PeerLearning builder.</param>
    /// <param name="connectionString">The SQLite connection string, for example <c>Data Source=recognition.db</c>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="PeerLearningValidationException">The connection string is empty.</exception>
    public static IPeerLearningBuilder AddSqliteRecognitionStore(this IPeerLearningBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = new SqliteRecognitionStore(new SqliteRecognitionStoreOptions { ConnectionString = connectionString });
        builder.Services.Replace(ServiceDescriptor.Singleton<IRecognitionStore>(store));
        builder.Services.TryAddSingleton(store);
        return builder;
    }
}
