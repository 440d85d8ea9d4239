using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeerLearning.Recognition;

namespace PeerLearning.Storage.Sqlite;

/// <summary>
/// A durable <see cref="IRecognitionStore"/> on SQLite: WAL mode, versioned migrations, every write in one
/// <c>BEGIN IMMEDIATE</c> transaction, idempotency enforced by unique keys in the database (so duplicate
/// deliveries from many threads or processes produce one entry). With <c>synchronous=NORMAL</c> in WAL mode a
/// crashed or killed process loses at most transactions that had not committed; a power loss may also lose the
/// last committed ones, never consistency.
/// </summary>
public sealed class SqliteRecognitionStore : IRecognitionStore
{
    private const string EntryColumns = "sequence, idempotency_key, participant_id, account, points, occurred_at, reason, counterparty_id, source_event_id, award_id, revokes_key";
    private const string AwardColumns = "award_id, badge_id, participant_id, awarded_at, expires_at, awarded_by, source_event_id, revoked_at, revocation_reason";
    private const string PendingColumns = "request_json, missing_levels_json";

    // Pending kudos are kept as the request's JSON (camelCase), so the privacy delete can look inside with json_each.
    private static readonly JsonSerializerOptions PendingJson = new(JsonSerializerDefaults.Web);

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly object _initGate = new();
    private Task? _initialization;

    /// <summary>Creates the store; the database file and tables are created on first use.</summary>
    /// <param name="options">Where the database is.</param>
    /// <exception cref="PeerLearningValidationException">The connection string is missing.</exception>
    public SqliteRecognitionStore(SqliteRecognitionStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new PeerLearningValidationException("sqliteRecognitionStore", "connectionString", "must not be empty");
        }

        if (options.BusyTimeout < TimeSpan.Zero)
        {
            throw new PeerLearningValidationException("sqliteRecognitionStore", "busyTimeout", "must not be negative");
        }

        _connectionString = options.ConnectionString;
        _busyTimeoutMs = (int)Math.Min(int.MaxValue, options.BusyTimeout.TotalMilliseconds);
    }

    /// <summary>The schema version this library writes.</summary>
    public static int SchemaVersion => RecognitionSchema.LatestVersion;

    /// <summary>Creates the database and applies pending migrations. Called on first use; call it at start-up to fail early.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="InvalidOperationException">The database was written by a newer schema version.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Task initialization;
        lock (_initGate)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = MigrateAsync();
            }

            initialization = _initialization;
        }

        return initialization.IsCompletedSuccessfully ? initialization : initialization.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<AppendResult> AppendAsync(RecognitionBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        PeerLearningValidationException.ThrowIfAny(batch.Validate());
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var tx = connection.BeginTransaction(deferred: false);
        var recorded = new List<LedgerEntry>(batch.Entries.Count);
        var duplicates = new List<string>();
        if (batch.Entries.Count > 0)
        {
            var inserted = InsertEntries(connection, tx, batch.Entries);
            foreach (var e in batch.Entries)
            {
                if (inserted.TryGetValue(e.IdempotencyKey, out var sequence))
                {
                    recorded.Add(e with { OccurredAt = e.OccurredAt.ToUniversalTime(), Sequence = sequence });
                }
                else
                {
                    duplicates.Add(e.IdempotencyKey);
                }
            }
        }

        var recordedAwards = new List<BadgeAward>();
        var duplicateAwards = new List<string>();
        if (batch.Awards.Count > 0)
        {
            using var insertAward = connection.CreateCommand();
            insertAward.Transaction = tx;
            insertAward.CommandText = $"INSERT INTO recognition_badge_award ({AwardColumns}) VALUES ($id, $badge, $p, $at, $exp, $by, $src, NULL, NULL) ON CONFLICT (award_id) DO NOTHING;";
            var id = insertAward.Parameters.Add("$id", SqliteType.Text);
            var badge = insertAward.Parameters.Add("$badge", SqliteType.Text);
            var person = insertAward.Parameters.Add("$p", SqliteType.Text);
            var at = insertAward.Parameters.Add("$at", SqliteType.Integer);
            var exp = insertAward.Parameters.Add("$exp", SqliteType.Integer);
            var by = insertAward.Parameters.Add("$by", SqliteType.Text);
            var src = insertAward.Parameters.Add("$src", SqliteType.Text);
            foreach (var a in batch.Awards)
            {
                id.Value = a.AwardId;
                badge.Value = a.BadgeId;
                person.Value = a.ParticipantId;
                at.Value = a.AwardedAt.UtcTicks;
                exp.Value = a.ExpiresAt is { } e ? e.UtcTicks : DBNull.Value;
                by.Value = (object?)a.AwardedBy ?? DBNull.Value;
                src.Value = (object?)a.SourceEventId ?? DBNull.Value;
                if (await insertAward.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    duplicateAwards.Add(a.AwardId);
                }
                else
                {
                    recordedAwards.Add(a with { AwardedAt = a.AwardedAt.ToUniversalTime(), ExpiresAt = a.ExpiresAt?.ToUniversalTime() });
                }
            }
        }

        if (batch.ResolvesPendingKudosId is { } resolved)
        {
            await ExecuteAsync(connection, tx, "DELETE FROM recognition_pending_kudos WHERE kudos_id = $p;", cancellationToken, resolved).ConfigureAwait(false);
        }

        tx.Commit();
        return new AppendResult(recorded, duplicates, recordedAwards, duplicateAwards);
    }

    /// <inheritdoc />
    public async ValueTask<LedgerEntry?> RevokeEntryAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var tx = connection.BeginTransaction(deferred: false);
        var original = await FindEntryAsync(connection, tx, idempotencyKey, cancellationToken).ConfigureAwait(false);
        if (original is null)
        {
            return null;
        }

        var compensation = original.Compensate(reason, at);
        var existing = await FindEntryAsync(connection, tx, compensation.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        using var insert = CreateInsertEntry(connection, tx);
        var stored = await InsertEntryAsync(insert, compensation, cancellationToken).ConfigureAwait(false);
        tx.Commit();
        return stored;
    }

    /// <inheritdoc />
    public async ValueTask<BadgeAward?> RevokeAwardAsync(string awardId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(awardId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PeerLearningValidationException(awardId, "reason", "a revocation needs a reason");
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var tx = connection.BeginTransaction(deferred: false);
        var award = (await QueryAwardsAsync(connection, tx, "award_id = $k", awardId, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (award is null || award.RevokedAt is not null)
        {
            return award;
        }

        var entries = await QueryEntriesAsync(connection, tx, "award_id = $k AND revokes_key IS NULL", awardId, cancellationToken).ConfigureAwait(false);
        using (var insert = CreateInsertEntry(connection, tx))
        {
            foreach (var e in entries)
            {
                // ON CONFLICT DO NOTHING skips entries revoked earlier on their own.
                await InsertEntryAsync(insert, e.Compensate(reason, at), cancellationToken).ConfigureAwait(false);
            }
        }

        using (var update = connection.CreateCommand())
        {
            update.Transaction = tx;
            update.CommandText = "UPDATE recognition_badge_award SET revoked_at = $at, revocation_reason = $r WHERE award_id = $k;";
            update.Parameters.AddWithValue("$at", at.UtcTicks);
            update.Parameters.AddWithValue("$r", reason);
            update.Parameters.AddWithValue("$k", awardId);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        tx.Commit();
        return award with { RevokedAt = at.ToUniversalTime(), RevocationReason = reason };
    }

    /// <inheritdoc />
    public async ValueTask<LedgerBalances> GetBalancesAsync(string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT account, SUM(points) FROM recognition_ledger WHERE participant_id = $p GROUP BY account;";
        command.Parameters.AddWithValue("$p", participantId);
        long giving = 0, earned = 0, organization = 0;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var sum = reader.GetInt64(1);
            switch ((LedgerAccount)reader.GetInt32(0))
            {
                case LedgerAccount.GivingAllowance: giving = sum; break;
                case LedgerAccount.Earned: earned = sum; break;
                case LedgerAccount.OrganizationAward: organization = sum; break;
            }
        }

        return new LedgerBalances(giving, earned, organization);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesAsync(string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryEntriesAsync(connection, null, "participant_id = $k", participantId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EntryColumns} FROM recognition_ledger WHERE occurred_at >= $from AND occurred_at < $to ORDER BY sequence;";
        command.Parameters.AddWithValue("$from", startInclusive.UtcTicks);
        command.Parameters.AddWithValue("$to", endExclusive.UtcTicks);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<LedgerEntry?> FindEntryAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindEntryAsync(connection, null, idempotencyKey, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<BadgeAward>> GetAwardsAsync(string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAwardsAsync(connection, null, "participant_id = $k", participantId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<BadgeAward>> GetAwardsExpiringAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AwardColumns} FROM recognition_badge_award WHERE expires_at >= $from AND expires_at < $to AND revoked_at IS NULL ORDER BY expires_at, position;";
        command.Parameters.AddWithValue("$from", startInclusive.UtcTicks);
        command.Parameters.AddWithValue("$to", endExclusive.UtcTicks);
        return await ReadAwardsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<PendingKudos> SavePendingKudosAsync(PendingKudos pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        PeerLearningValidationException.ThrowIfAny(pending.Validate());
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE: the read of the stored approvals and the write of the union are one step for every writer.
        using var tx = connection.BeginTransaction(deferred: false);
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = $"SELECT {PendingColumns} FROM recognition_pending_kudos WHERE kudos_id = $id;";
        read.Parameters.AddWithValue("$id", pending.KudosId);
        var stored = pending.MergedInto((await ReadPendingAsync(read, cancellationToken).ConfigureAwait(false)).FirstOrDefault());
        var request = stored.Request;
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO recognition_pending_kudos (kudos_id, giver_id, submitted_at, request_json, missing_levels_json) VALUES ($id, $giver, $at, $request, $missing)
            ON CONFLICT (kudos_id) DO UPDATE SET giver_id = excluded.giver_id, submitted_at = excluded.submitted_at, request_json = excluded.request_json, missing_levels_json = excluded.missing_levels_json;
            """;
        command.Parameters.AddWithValue("$id", request.KudosId);
        command.Parameters.AddWithValue("$giver", request.GiverId);
        command.Parameters.AddWithValue("$at", request.OccurredAt!.Value.UtcTicks);
        command.Parameters.AddWithValue("$request", JsonSerializer.Serialize(request, PendingJson));
        command.Parameters.AddWithValue("$missing", JsonSerializer.Serialize(stored.MissingApprovalLevels, PendingJson));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        tx.Commit();
        return stored;
    }

    /// <inheritdoc />
    public async ValueTask<PendingKudos?> FindPendingKudosAsync(string kudosId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kudosId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PendingColumns} FROM recognition_pending_kudos WHERE kudos_id = $id;";
        command.Parameters.AddWithValue("$id", kudosId);
        return (await ReadPendingAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<PendingKudos>> GetPendingKudosAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PendingColumns} FROM recognition_pending_kudos ORDER BY submitted_at, kudos_id;";
        return await ReadPendingAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemovePendingKudosAsync(string kudosId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kudosId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, null, "DELETE FROM recognition_pending_kudos WHERE kudos_id = $p;", cancellationToken, kudosId).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async ValueTask<PersonDeletionResult> DeletePersonAsync(string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var tx = connection.BeginTransaction(deferred: false);
        var entries = await ExecuteAsync(connection, tx, "DELETE FROM recognition_ledger WHERE participant_id = $p;", cancellationToken, participantId).ConfigureAwait(false);
        var awards = await ExecuteAsync(connection, tx, "DELETE FROM recognition_badge_award WHERE participant_id = $p;", cancellationToken, participantId).ConfigureAwait(false);
        var erased = await ExecuteAsync(connection, tx, "UPDATE recognition_ledger SET counterparty_id = NULL WHERE counterparty_id = $p;", cancellationToken, participantId).ConfigureAwait(false);
        var pending = await ExecuteAsync(
            connection,
            tx,
            """
            DELETE FROM recognition_pending_kudos WHERE giver_id = $p
                OR EXISTS (SELECT 1 FROM json_each(request_json, '$.receiverIds') WHERE value = $p)
                OR EXISTS (SELECT 1 FROM json_each(request_json, '$.approvals') WHERE json_extract(value, '$.approverId') = $p);
            """,
            cancellationToken,
            participantId).ConfigureAwait(false);
        tx.Commit();
        return new PersonDeletionResult(entries, awards, erased) { PendingKudosDeleted = pending };
    }

    private async Task MigrateAsync()
    {
        var cancellationToken = CancellationToken.None;
        using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        using var tx = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS recognition_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);", cancellationToken).ConfigureAwait(false);
        using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM recognition_schema_version;";
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (current > RecognitionSchema.LatestVersion)
        {
            throw new InvalidOperationException($"The recognition database has schema version {current}; this library knows up to {RecognitionSchema.LatestVersion}. Upgrade the library.");
        }

        foreach (var (version, description, sql) in RecognitionSchema.Migrations)
        {
            if (version <= current)
            {
                continue;
            }

            await ExecuteAsync(connection, tx, sql, cancellationToken).ConfigureAwait(false);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO recognition_schema_version (version, description, applied_at) VALUES ($v, $d, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$d", description);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        tx.Commit();
    }

    // Multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING: one statement per RowsPerStatement entries instead of one per
    // entry. Rows whose key (or revoked key) already exists are skipped by the database and do not come back.
    private const int RowsPerStatement = 64;

    private static Dictionary<string, long> InsertEntries(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<LedgerEntry> entries)
    {
        var inserted = new Dictionary<string, long>(entries.Count, StringComparer.Ordinal);
        SqliteCommand? full = null;
        try
        {
            for (var start = 0; start < entries.Count; start += RowsPerStatement)
            {
                var rows = Math.Min(RowsPerStatement, entries.Count - start);
                var command = rows == RowsPerStatement ? full ??= CreateMultiInsert(connection, tx, rows) : CreateMultiInsert(connection, tx, rows);
                try
                {
                    var p = command.Parameters;
                    for (var r = 0; r < rows; r++)
                    {
                        var e = entries[start + r];
                        var at = r * 10;
                        p[at].Value = e.IdempotencyKey;
                        p[at + 1].Value = e.ParticipantId;
                        p[at + 2].Value = (int)e.Account;
                        p[at + 3].Value = e.Points;
                        p[at + 4].Value = e.OccurredAt.UtcTicks;
                        p[at + 5].Value = e.Reason ?? string.Empty;
                        p[at + 6].Value = (object?)e.CounterpartyId ?? DBNull.Value;
                        p[at + 7].Value = (object?)e.SourceEventId ?? DBNull.Value;
                        p[at + 8].Value = (object?)e.AwardId ?? DBNull.Value;
                        p[at + 9].Value = (object?)e.RevokesKey ?? DBNull.Value;
                    }

                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        inserted[reader.GetString(0)] = reader.GetInt64(1);
                    }
                }
                finally
                {
                    if (!ReferenceEquals(command, full))
                    {
                        command.Dispose();
                    }
                }
            }
        }
        finally
        {
            full?.Dispose();
        }

        return inserted;
    }

    private static SqliteCommand CreateMultiInsert(SqliteConnection connection, SqliteTransaction tx, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        var sql = new System.Text.StringBuilder("INSERT INTO recognition_ledger (idempotency_key, participant_id, account, points, occurred_at, reason, counterparty_id, source_event_id, award_id, revokes_key) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < 10; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{r}_{c}");
                sql.Append(c == 0 ? name : ", " + name);
                command.Parameters.Add(name, c is 2 or 3 or 4 ? SqliteType.Integer : SqliteType.Text);
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT DO NOTHING RETURNING idempotency_key, sequence;");
        command.CommandText = sql.ToString();
        return command;
    }

    private static SqliteCommand CreateInsertEntry(SqliteConnection connection, SqliteTransaction tx)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO recognition_ledger (idempotency_key, participant_id, account, points, occurred_at, reason, counterparty_id, source_event_id, award_id, revokes_key)
            VALUES ($key, $p, $account, $points, $at, $reason, $cp, $src, $award, $revokes)
            ON CONFLICT DO NOTHING RETURNING sequence;
            """;
        insert.Parameters.Add("$key", SqliteType.Text);
        insert.Parameters.Add("$p", SqliteType.Text);
        insert.Parameters.Add("$account", SqliteType.Integer);
        insert.Parameters.Add("$points", SqliteType.Integer);
        insert.Parameters.Add("$at", SqliteType.Integer);
        insert.Parameters.Add("$reason", SqliteType.Text);
        insert.Parameters.Add("$cp", SqliteType.Text);
        insert.Parameters.Add("$src", SqliteType.Text);
        insert.Parameters.Add("$award", SqliteType.Text);
        insert.Parameters.Add("$revokes", SqliteType.Text);
        insert.Prepare();
        return insert;
    }

    private static Task<LedgerEntry?> InsertEntryAsync(SqliteCommand insert, LedgerEntry e, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(InsertEntry(insert, e));
    }

    private static LedgerEntry? InsertEntry(SqliteCommand insert, LedgerEntry e)
    {
        var p = insert.Parameters;
        p[0].Value = e.IdempotencyKey;
        p[1].Value = e.ParticipantId;
        p[2].Value = (int)e.Account;
        p[3].Value = e.Points;
        p[4].Value = e.OccurredAt.UtcTicks;
        p[5].Value = e.Reason ?? string.Empty;
        p[6].Value = (object?)e.CounterpartyId ?? DBNull.Value;
        p[7].Value = (object?)e.SourceEventId ?? DBNull.Value;
        p[8].Value = (object?)e.AwardId ?? DBNull.Value;
        p[9].Value = (object?)e.RevokesKey ?? DBNull.Value;
        var sequence = insert.ExecuteScalar();
        return sequence is null or DBNull
            ? null
            : e with { OccurredAt = e.OccurredAt.ToUniversalTime(), Sequence = Convert.ToInt64(sequence, CultureInfo.InvariantCulture) };
    }

    private static async Task<LedgerEntry?> FindEntryAsync(SqliteConnection connection, SqliteTransaction? tx, string key, CancellationToken cancellationToken) =>
        (await QueryEntriesAsync(connection, tx, "idempotency_key = $k", key, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    private static async Task<List<LedgerEntry>> QueryEntriesAsync(SqliteConnection connection, SqliteTransaction? tx, string where, string key, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {EntryColumns} FROM recognition_ledger WHERE {where} ORDER BY sequence;";
        command.Parameters.AddWithValue("$k", key);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<LedgerEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<LedgerEntry>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new LedgerEntry
            {
                Sequence = reader.GetInt64(0),
                IdempotencyKey = reader.GetString(1),
                ParticipantId = reader.GetString(2),
                Account = (LedgerAccount)reader.GetInt32(3),
                Points = reader.GetInt64(4),
                OccurredAt = new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
                Reason = reader.GetString(6),
                CounterpartyId = reader.IsDBNull(7) ? null : reader.GetString(7),
                SourceEventId = reader.IsDBNull(8) ? null : reader.GetString(8),
                AwardId = reader.IsDBNull(9) ? null : reader.GetString(9),
                RevokesKey = reader.IsDBNull(10) ? null : reader.GetString(10),
            });
        }

        return result;
    }

    private static async Task<List<BadgeAward>> QueryAwardsAsync(SqliteConnection connection, SqliteTransaction? tx, string where, string key, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {AwardColumns} FROM recognition_badge_award WHERE {where} ORDER BY position;";
        command.Parameters.AddWithValue("$k", key);
        return await ReadAwardsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<BadgeAward>> ReadAwardsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<BadgeAward>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new BadgeAward
            {
                AwardId = reader.GetString(0),
                BadgeId = reader.GetString(1),
                ParticipantId = reader.GetString(2),
                AwardedAt = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                ExpiresAt = reader.IsDBNull(4) ? null : new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                AwardedBy = reader.IsDBNull(5) ? null : reader.GetString(5),
                SourceEventId = reader.IsDBNull(6) ? null : reader.GetString(6),
                RevokedAt = reader.IsDBNull(7) ? null : new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero),
                RevocationReason = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return result;
    }

    private static async Task<List<PendingKudos>> ReadPendingAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<PendingKudos>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new PendingKudos
            {
                Request = JsonSerializer.Deserialize<KudosRequest>(reader.GetString(0), PendingJson)!,
                MissingApprovalLevels = JsonSerializer.Deserialize<int[]>(reader.GetString(1), PendingJson)!,
            });
        }

        return result;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken, string? participant = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (participant is not null)
        {
            command.Parameters.AddWithValue("$p", participant);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={_busyTimeoutMs}; PRAGMA synchronous=NORMAL;");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
