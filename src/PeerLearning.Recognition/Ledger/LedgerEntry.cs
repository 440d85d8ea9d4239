namespace PeerLearning.Recognition;

/// <summary>
/// One append-only line in the points ledger. The <see cref="IdempotencyKey"/> identifies the entry: a store records
/// an entry with a given key at most once, so the same event delivered twice produces one entry.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>The idempotency key, unique in the ledger (for example <c>kudos:k-17:receiver:p-3</c>).</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Whose balance the entry changes.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>Which of the three balances the entry changes.</summary>
    public required LedgerAccount Account { get; init; }

    /// <summary>The change in points; negative for a debit or a compensating entry; zero for a recognition without points (it still counts as a recognition).</summary>
    public required long Points { get; init; }

    /// <summary>When the underlying happening occurred (stores keep it as UTC).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Why, in words a person reads in their statement.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The other person involved (the giver of a kudos, the receiver of a debit), if any.</summary>
    public string? CounterpartyId { get; init; }

    /// <summary>The domain event that caused the entry, if any.</summary>
    public string? SourceEventId { get; init; }

    /// <summary>The badge award the entry belongs to, if any; revoking the award compensates the entry.</summary>
    public string? AwardId { get; init; }

    /// <summary>For a compensating entry, the key of the entry it reverses; null otherwise.</summary>
    public string? RevokesKey { get; init; }

    /// <summary>The position the store assigned (increasing in commit order); 0 before the entry is stored.</summary>
    public long Sequence { get; init; }

    /// <summary>The prefix of a compensating entry's key: <c>revoke:</c> followed by the reversed entry's key.</summary>
    public const string CompensationKeyPrefix = "revoke:";

    /// <summary>Builds the compensating entry that reverses this one: same person and account, negated points.</summary>
    /// <param name="reason">Why the entry is reversed; must not be empty.</param>
    /// <param name="at">When the reversal happens.</param>
    /// <returns>The compensating entry (not yet stored).</returns>
    /// <exception cref="PeerLearningValidationException">The reason is empty or this entry is itself a compensation.</exception>
    public LedgerEntry Compensate(string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PeerLearningValidationException(IdempotencyKey, "reason", "a revocation needs a reason");
        }

        if (RevokesKey is not null)
        {
            throw new PeerLearningValidationException(IdempotencyKey, "revokesKey", "a compensating entry cannot be revoked");
        }

        return new LedgerEntry
        {
            IdempotencyKey = CompensationKeyPrefix + IdempotencyKey,
            ParticipantId = ParticipantId,
            Account = Account,
            Points = -Points,
            OccurredAt = at.ToUniversalTime(),
            Reason = reason,
            CounterpartyId = CounterpartyId,
            SourceEventId = SourceEventId,
            AwardId = AwardId,
            RevokesKey = IdempotencyKey,
        };
    }
}
