namespace PeerLearning.Recognition;

/// <summary>A thread-safe <see cref="IRecognitionStore"/> in memory: for tests, demos and benchmarks. Nothing lasts past the process.</summary>
public sealed class InMemoryRecognitionStore : IRecognitionStore
{
    private readonly object _gate = new();
    private readonly List<LedgerEntry> _entries = [];
    private readonly Dictionary<string, LedgerEntry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LedgerEntry>> _byParticipant = new(StringComparer.Ordinal);
    private readonly List<BadgeAward> _awards = [];
    private readonly Dictionary<string, int> _awardIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingKudos> _pending = new(StringComparer.Ordinal);
    private long _sequence;

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(RecognitionBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        PeerLearningValidationException.ThrowIfAny(batch.Validate());
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var recorded = new List<LedgerEntry>();
            var duplicates = new List<string>();
            foreach (var e in batch.Entries)
            {
                if (_byKey.ContainsKey(e.IdempotencyKey))
                {
                    duplicates.Add(e.IdempotencyKey);
                    continue;
                }

                recorded.Add(AddUnlocked(e with { OccurredAt = e.OccurredAt.ToUniversalTime() }));
            }

            var recordedAwards = new List<BadgeAward>();
            var duplicateAwards = new List<string>();
            foreach (var a in batch.Awards)
            {
                if (_awardIndex.ContainsKey(a.AwardId))
                {
                    duplicateAwards.Add(a.AwardId);
                    continue;
                }

                var stored = a with { AwardedAt = a.AwardedAt.ToUniversalTime(), ExpiresAt = a.ExpiresAt?.ToUniversalTime() };
                _awardIndex.Add(stored.AwardId, _awards.Count);
                _awards.Add(stored);
                recordedAwards.Add(stored);
            }

            if (batch.ResolvesPendingKudosId is { } resolved)
            {
                _pending.Remove(resolved);
            }

            return ValueTask.FromResult(new AppendResult(recorded, duplicates, recordedAwards, duplicateAwards));
        }
    }

    /// <inheritdoc />
    public ValueTask<LedgerEntry?> RevokeEntryAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_byKey.TryGetValue(idempotencyKey, out var original))
            {
                return ValueTask.FromResult<LedgerEntry?>(null);
            }

            var compensation = original.Compensate(reason, at);
            if (_byKey.TryGetValue(compensation.IdempotencyKey, out var existing))
            {
                return ValueTask.FromResult<LedgerEntry?>(existing);
            }

            return ValueTask.FromResult<LedgerEntry?>(AddUnlocked(compensation));
        }
    }

    /// <inheritdoc />
    public ValueTask<BadgeAward?> RevokeAwardAsync(string awardId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(awardId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PeerLearningValidationException(awardId, "reason", "a revocation needs a reason");
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_awardIndex.TryGetValue(awardId, out var index))
            {
                return ValueTask.FromResult<BadgeAward?>(null);
            }

            var award = _awards[index];
            if (award.RevokedAt is not null)
            {
                return ValueTask.FromResult<BadgeAward?>(award);
            }

            var compensations = _entries
                .Where(e => e.AwardId == awardId && e.RevokesKey is null && !_byKey.ContainsKey(LedgerEntry.CompensationKeyPrefix + e.IdempotencyKey))
                .Select(e => e.Compensate(reason, at))
                .ToList();
            foreach (var c in compensations)
            {
                AddUnlocked(c);
            }

            var revoked = award with { RevokedAt = at.ToUniversalTime(), RevocationReason = reason };
            _awards[index] = revoked;
            return ValueTask.FromResult<BadgeAward?>(revoked);
        }
    }

    /// <inheritdoc />
    public ValueTask<LedgerBalances> GetBalancesAsync(string participantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_byParticipant.TryGetValue(participantId, out var list) ? LedgerBalances.Sum(list) : LedgerBalances.Zero);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesAsync(string participantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<LedgerEntry>>(_byParticipant.TryGetValue(participantId, out var list) ? [.. list] : []);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<LedgerEntry>>(_entries.Where(e => e.OccurredAt >= startInclusive && e.OccurredAt < endExclusive).ToList());
        }
    }

    /// <inheritdoc />
    public ValueTask<LedgerEntry?> FindEntryAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_byKey.GetValueOrDefault(idempotencyKey));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BadgeAward>> GetAwardsAsync(string participantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<BadgeAward>>(_awards.Where(a => a.ParticipantId == participantId).ToList());
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BadgeAward>> GetAwardsExpiringAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // A stable sort keeps award order among equal expiries.
            return ValueTask.FromResult<IReadOnlyList<BadgeAward>>(_awards
                .Where(a => a.RevokedAt is null && a.ExpiresAt is { } e && e >= startInclusive && e < endExclusive)
                .OrderBy(a => a.ExpiresAt!.Value.UtcTicks)
                .ToList());
        }
    }

    /// <inheritdoc />
    public ValueTask<PendingKudos> SavePendingKudosAsync(PendingKudos pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        PeerLearningValidationException.ThrowIfAny(pending.Validate());
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var stored = pending.MergedInto(_pending.GetValueOrDefault(pending.KudosId));
            _pending[pending.KudosId] = stored;
            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<PendingKudos?> FindPendingKudosAsync(string kudosId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kudosId);
        lock (_gate)
        {
            return ValueTask.FromResult(_pending.GetValueOrDefault(kudosId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PendingKudos>> GetPendingKudosAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<PendingKudos>>(
                _pending.Values.OrderBy(p => p.SubmittedAt.UtcTicks).ThenBy(p => p.KudosId, StringComparer.Ordinal).ToList());
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemovePendingKudosAsync(string kudosId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kudosId);
        lock (_gate)
        {
            return ValueTask.FromResult(_pending.Remove(kudosId));
        }
    }

    /// <inheritdoc />
    public ValueTask<PersonDeletionResult> DeletePersonAsync(string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(participantId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var entriesDeleted = _entries.RemoveAll(e => e.ParticipantId == participantId);
            var awardsDeleted = _awards.RemoveAll(a => a.ParticipantId == participantId);
            var erased = 0;
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].CounterpartyId == participantId)
                {
                    _entries[i] = _entries[i] with { CounterpartyId = null };
                    erased++;
                }
            }

            _byKey.Clear();
            _byParticipant.Clear();
            foreach (var e in _entries)
            {
                Index(e);
            }

            _awardIndex.Clear();
            for (var i = 0; i < _awards.Count; i++)
            {
                _awardIndex.Add(_awards[i].AwardId, i);
            }

            var pendingDeleted = 0;
            foreach (var id in _pending.Where(p => p.Value.Names(participantId)).Select(p => p.Key).ToList())
            {
                _pending.Remove(id);
                pendingDeleted++;
            }

            return ValueTask.FromResult(new PersonDeletionResult(entriesDeleted, awardsDeleted, erased) { PendingKudosDeleted = pendingDeleted });
        }
    }

    private LedgerEntry AddUnlocked(LedgerEntry entry)
    {
        var stored = entry with { Sequence = ++_sequence };
        _entries.Add(stored);
        Index(stored);
        return stored;
    }

    private void Index(LedgerEntry entry)
    {
        _byKey.Add(entry.IdempotencyKey, entry);
        if (!_byParticipant.TryGetValue(entry.ParticipantId, out var list))
        {
            _byParticipant[entry.ParticipantId] = list = [];
        }

        list.Add(entry);
    }
}
