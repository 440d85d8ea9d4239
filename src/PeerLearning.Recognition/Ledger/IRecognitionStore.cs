namespace PeerLearning.Recognition;

/// <summary>
/// Where the points ledger and badge awards last. The ledger is append-only: entries are never changed; a
/// revocation appends a compensating entry. The one exception is <see cref="DeletePersonAsync"/>, the hard delete
/// a privacy request needs. Implementations: <see cref="InMemoryRecognitionStore"/> and the SQLite store in
/// <c>PeerLearning.Storage.Sqlite</c>. All methods are safe to call from many threads.
/// </summary>
public interface IRecognitionStore
{
    /// <summary>
    /// Records a batch in one transaction. Entries and awards whose key is already stored are skipped and reported
    /// as duplicates; the new ones are committed together or not at all.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was recorded and what was a duplicate.</returns>
    /// <exception cref="PeerLearningValidationException">The batch is invalid; nothing was recorded.</exception>
    ValueTask<AppendResult> AppendAsync(RecognitionBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reverses an entry by appending a compensating entry (negated points, key <c>revoke:</c> + key, the reason).
    /// Revoking twice returns the existing compensating entry.
    /// </summary>
    /// <param name="idempotencyKey">The key of the entry to reverse.</param>
    /// <param name="reason">Why (kept in the audit trail).</param>
    /// <param name="at">When the revocation happens.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compensating entry, or null when no entry has that key.</returns>
    /// <exception cref="PeerLearningValidationException">The reason is empty or the entry is itself a compensating entry.</exception>
    ValueTask<LedgerEntry?> RevokeEntryAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes a badge award with a reason and, in the same transaction, compensates every ledger entry of the award.
    /// Revoking twice keeps the first revocation.
    /// </summary>
    /// <param name="awardId">The award.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked award, or null when no award has that id.</returns>
    ValueTask<BadgeAward?> RevokeAwardAsync(string awardId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>A participant's balances.</summary>
    /// <param name="participantId">The participant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balances (zero for an unknown participant).</returns>
    ValueTask<LedgerBalances> GetBalancesAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>A participant's entries, in sequence order.</summary>
    /// <param name="participantId">The participant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>Every entry that occurred in [<paramref name="startInclusive"/>, <paramref name="endExclusive"/>), in sequence order.</summary>
    /// <param name="startInclusive">Inclusive start.</param>
    /// <param name="endExclusive">Exclusive end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default);

    /// <summary>The entry with a key, if stored.</summary>
    /// <param name="idempotencyKey">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry or null.</returns>
    ValueTask<LedgerEntry?> FindEntryAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>A participant's badge awards (revoked and expired ones included), in award order.</summary>
    /// <param name="participantId">The participant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The awards.</returns>
    ValueTask<IReadOnlyList<BadgeAward>> GetAwardsAsync(string participantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Awards that are not revoked and expire in [<paramref name="startInclusive"/>, <paramref name="endExclusive"/>),
    /// soonest first (then in award order): what expiry notices are built from.
    /// </summary>
    /// <param name="startInclusive">Inclusive start.</param>
    /// <param name="endExclusive">Exclusive end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The awards.</returns>
    ValueTask<IReadOnlyList<BadgeAward>> GetAwardsExpiringAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a kudos held for approval, replacing the one with the same kudos id but keeping the approvals already
    /// stored (the union, stored ones first), in one transaction: approvals saved at the same time are never lost.
    /// </summary>
    /// <param name="pending">The pending kudos; its request must have <see cref="KudosRequest.OccurredAt"/> set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending kudos as stored now (with every approval).</returns>
    /// <exception cref="PeerLearningValidationException">The request is invalid or has no <see cref="KudosRequest.OccurredAt"/>.</exception>
    ValueTask<PendingKudos> SavePendingKudosAsync(PendingKudos pending, CancellationToken cancellationToken = default);

    /// <summary>The pending kudos with an id, if any.</summary>
    /// <param name="kudosId">The kudos id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending kudos or null.</returns>
    ValueTask<PendingKudos?> FindPendingKudosAsync(string kudosId, CancellationToken cancellationToken = default);

    /// <summary>Every pending kudos, oldest first (then by kudos id): an approver's inbox.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending kudos.</returns>
    ValueTask<IReadOnlyList<PendingKudos>> GetPendingKudosAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops a pending kudos (refused or withdrawn).</summary>
    /// <param name="kudosId">The kudos id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when one was pending.</returns>
    ValueTask<bool> RemovePendingKudosAsync(string kudosId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hard-deletes a person's data (privacy request): their entries and awards are removed, pending kudos that name
    /// them (as giver, receiver or approver) are dropped, and entries of others that name them as counterparty lose
    /// that reference. Other people's balances do not change.
    /// </summary>
    /// <param name="participantId">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was removed.</returns>
    ValueTask<PersonDeletionResult> DeletePersonAsync(string participantId, CancellationToken cancellationToken = default);
}
