namespace PeerLearning.Recognition;

/// <summary>
/// Ledger entries and badge awards that a store commits together, in one transaction: all of the new ones are
/// recorded or none is. Entries and awards whose keys the store already holds are skipped as duplicates.
/// </summary>
public sealed record RecognitionBatch
{
    /// <summary>The ledger entries.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>The badge awards.</summary>
    public IReadOnlyList<BadgeAward> Awards { get; init; } = [];

    /// <summary>The id of a pending kudos this batch records; the store drops it in the same transaction.</summary>
    public string? ResolvesPendingKudosId { get; init; }

    /// <summary>Checks the batch and returns every problem (empty keys, unknown accounts, repeated keys, ...).</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            if (e is null)
            {
                problems.Add(new($"entries[{i}]", "(entry)", "must not be null"));
                continue;
            }

            var item = string.IsNullOrWhiteSpace(e.IdempotencyKey) ? $"entries[{i}]" : e.IdempotencyKey;
            if (string.IsNullOrWhiteSpace(e.IdempotencyKey))
            {
                problems.Add(new(item, "idempotencyKey", "must not be empty"));
            }
            else if (!keys.Add(e.IdempotencyKey))
            {
                problems.Add(new(item, "idempotencyKey", "appears more than once in the batch"));
            }

            if (string.IsNullOrWhiteSpace(e.ParticipantId))
            {
                problems.Add(new(item, "participantId", "must not be empty"));
            }

            if (!Enum.IsDefined(e.Account))
            {
                problems.Add(new(item, "account", $"unknown account {(int)e.Account}"));
            }

            if (e.RevokesKey is not null)
            {
                problems.Add(new(item, "revokesKey", "compensating entries are written by RevokeEntryAsync only"));
            }
        }

        var awardIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Awards.Count; i++)
        {
            var a = Awards[i];
            if (a is null)
            {
                problems.Add(new($"awards[{i}]", "(award)", "must not be null"));
                continue;
            }

            var item = string.IsNullOrWhiteSpace(a.AwardId) ? $"awards[{i}]" : a.AwardId;
            if (string.IsNullOrWhiteSpace(a.AwardId))
            {
                problems.Add(new(item, "awardId", "must not be empty"));
            }
            else if (!awardIds.Add(a.AwardId))
            {
                problems.Add(new(item, "awardId", "appears more than once in the batch"));
            }

            if (string.IsNullOrWhiteSpace(a.BadgeId))
            {
                problems.Add(new(item, "badgeId", "must not be empty"));
            }

            if (string.IsNullOrWhiteSpace(a.ParticipantId))
            {
                problems.Add(new(item, "participantId", "must not be empty"));
            }

            if (a.ExpiresAt is { } expires && expires <= a.AwardedAt)
            {
                problems.Add(new(item, "expiresAt", "must be after awardedAt"));
            }

            if (a.RevokedAt is not null || a.RevocationReason is not null)
            {
                problems.Add(new(item, "revokedAt", "a new award cannot be revoked already; use RevokeAwardAsync"));
            }
        }

        return problems;
    }
}
