namespace PeerLearning.Storage.Sqlite;

/// <summary>
/// The recognition tables' schema as an ordered list of migrations. Each migration runs once, in its own
/// transaction, and records its version in <c>recognition_schema_version</c>; a database written by a newer
/// version of the library is refused rather than misread.
/// </summary>
internal static class RecognitionSchema
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Migrations { get; } =
    [
        (1, "ledger and badge awards", """
            CREATE TABLE recognition_ledger (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                idempotency_key TEXT NOT NULL UNIQUE,
                participant_id TEXT NOT NULL,
                account INTEGER NOT NULL CHECK (account IN (0, 1, 2)),
                points INTEGER NOT NULL,
                occurred_at INTEGER NOT NULL,
                reason TEXT NOT NULL,
                counterparty_id TEXT NULL,
                source_event_id TEXT NULL,
                award_id TEXT NULL,
                revokes_key TEXT NULL UNIQUE
            );
            CREATE INDEX ix_recognition_ledger_participant ON recognition_ledger (participant_id, account);
            CREATE INDEX ix_recognition_ledger_occurred ON recognition_ledger (occurred_at);
            CREATE INDEX ix_recognition_ledger_award ON recognition_ledger (award_id) WHERE award_id IS NOT NULL;
            CREATE INDEX ix_recognition_ledger_counterparty ON recognition_ledger (counterparty_id) WHERE counterparty_id IS NOT NULL;
            CREATE TABLE recognition_badge_award (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                award_id TEXT NOT NULL UNIQUE,
                badge_id TEXT NOT NULL,
                participant_id TEXT NOT NULL,
                awarded_at INTEGER NOT NULL,
                expires_at INTEGER NULL,
                awarded_by TEXT NULL,
                source_event_id TEXT NULL,
                revoked_at INTEGER NULL,
                revocation_reason TEXT NULL
            );
            CREATE INDEX ix_recognition_badge_award_participant ON recognition_badge_award (participant_id);
            """),
        (2, "index of badge awards by expiry (expiry notices)", """
            CREATE INDEX ix_recognition_badge_award_expires ON recognition_badge_award (expires_at) WHERE expires_at IS NOT NULL AND revoked_at IS NULL;
            """),
        (3, "kudos held for approval", """
            CREATE TABLE recognition_pending_kudos (
                kudos_id TEXT PRIMARY KEY,
                giver_id TEXT NOT NULL,
                submitted_at INTEGER NOT NULL,
                request_json TEXT NOT NULL,
                missing_levels_json TEXT NOT NULL
            );
            CREATE INDEX ix_recognition_pending_kudos_submitted ON recognition_pending_kudos (submitted_at, kudos_id);
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
