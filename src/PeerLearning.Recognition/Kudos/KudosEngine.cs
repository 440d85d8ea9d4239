using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>
/// Gives kudos: grants the giver's allowance for the current period when it is first needed, asks every policy,
/// records the kudos in the ledger (one debit per receiver on the giver's allowance, one credit per receiver on their
/// earned balance, all in one batch keyed by the kudos id) and raises <see cref="KudosGiven"/> and
/// <see cref="PointsAwarded"/>.
/// </summary>
/// <remarks>
/// Allowance bookkeeping is in the ledger too: at the first kudos of a period the engine appends a grant
/// (<c>allowance:grant:{giver}:{period}</c>) and, for the balance left from earlier periods, an expiry
/// (<c>allowance:expire:{giver}:{period}</c>) of everything above the rollover cap (all of it without rollover).
/// Both have idempotency keys, so concurrent first kudos grant once.
/// </remarks>
public sealed class KudosEngine
{
    private readonly IRecognitionStore _store;
    private readonly IReadOnlyList<IKudosPolicy> _policies;
    private readonly IParticipantDirectory _directory;
    private readonly GivingAllowanceOptions _allowance;
    private readonly TimeZoneInfo _timeZone;
    private readonly TimeProvider _time;
    private readonly ILearningEventSink _sink;

    /// <summary>Creates the engine.</summary>
    /// <param name="store">The ledger.</param>
    /// <param name="policies">The policies every kudos must pass.</param>
    /// <param name="directory">Who people are (roles, direct reports).</param>
    /// <param name="allowance">The giving-allowance rules.</param>
    /// <param name="time">The clock.</param>
    /// <param name="sink">Where domain events go.</param>
    /// <exception cref="PeerLearningValidationException">The allowance options are invalid.</exception>
    public KudosEngine(IRecognitionStore store, IEnumerable<IKudosPolicy> policies, IParticipantDirectory directory, GivingAllowanceOptions allowance, TimeProvider time, ILearningEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(allowance);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(sink);
        PeerLearningValidationException.ThrowIfAny(allowance.Validate());
        _store = store;
        _policies = [.. policies];
        _directory = directory;
        _allowance = allowance;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(allowance.TimeZoneId);
        _time = time;
        _sink = sink;
    }

    /// <summary>The allowance period that contains <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The period.</returns>
    public AllowancePeriod PeriodOf(DateTimeOffset at) => AllowancePeriod.Containing(at, _allowance.Reset, _timeZone);

    /// <summary>
    /// Makes sure the giver's allowance for the period containing <paramref name="at"/> is granted, and returns the
    /// giver's giving-allowance balance.
    /// </summary>
    /// <param name="giverId">The giver.</param>
    /// <param name="at">The instant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance left to give.</returns>
    public async ValueTask<long> EnsureAllowanceAsync(string giverId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (_, entries) = await GrantAsync(giverId, PeriodOf(at), cancellationToken).ConfigureAwait(false);
        return LedgerBalances.Sum(entries).GivingAllowance;
    }

    /// <summary>Gives a kudos.</summary>
    /// <param name="request">The kudos.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened and why.</returns>
    /// <exception cref="PeerLearningValidationException">
    /// The request is malformed (empty ids, repeated receivers, negative points), or a different kudos with its id is pending.
    /// </exception>
    public async ValueTask<KudosOutcome> GiveAsync(KudosRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        PeerLearningValidationException.ThrowIfAny(request.Validate());
        var debitKey = DebitKey(request.KudosId, request.ReceiverIds[0]);
        if (await _store.FindEntryAsync(debitKey, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new KudosOutcome { KudosId = request.KudosId, Status = KudosStatus.Duplicate, Verdict = KudosVerdict.Allow };
        }

        // A kudos held for approval keeps the instant it was first given and every approval collected so far.
        var pending = await _store.FindPendingKudosAsync(request.KudosId, cancellationToken).ConfigureAwait(false);
        if (pending is not null)
        {
            // Approvals were given for this giver, these receivers and these points: a different kudos may not reuse them.
            var held = pending.Request;
            if (held.GiverId != request.GiverId || held.Points != request.Points || !held.ReceiverIds.SequenceEqual(request.ReceiverIds, StringComparer.Ordinal))
            {
                throw new PeerLearningValidationException(request.KudosId, "kudosId", "a different kudos with this id (giver, receivers or points differ) is waiting for approval");
            }

            request = request with
            {
                OccurredAt = request.OccurredAt ?? pending.Request.OccurredAt,
                Approvals = [.. pending.Request.Approvals.Concat(request.Approvals).Distinct()],
            };
        }

        var now = (request.OccurredAt ?? _time.GetUtcNow()).ToUniversalTime();

        var period = PeriodOf(now);
        var (_, giverEntries) = await GrantAsync(request.GiverId, period, cancellationToken).ConfigureAwait(false);
        var context = new KudosContext
        {
            Request = request,
            Now = now,
            Giver = _directory.Find(request.GiverId),
            Period = period,
            AllowanceRemaining = LedgerBalances.Sum(giverEntries).GivingAllowance,
            GiverEntries = giverEntries,
        };
        var decisions = _policies.Select(p => p.Evaluate(context)).Where(d => d.Verdict != KudosVerdict.Allow).ToList();
        var verdict = decisions.Count == 0 ? KudosVerdict.Allow : decisions.Max(d => d.Verdict);
        if (verdict == KudosVerdict.Block)
        {
            if (pending is not null)
            {
                await _store.RemovePendingKudosAsync(request.KudosId, cancellationToken).ConfigureAwait(false);
            }

            return new KudosOutcome { KudosId = request.KudosId, Status = KudosStatus.Blocked, Verdict = verdict, Decisions = decisions };
        }

        if (verdict == KudosVerdict.RequireApproval)
        {
            var missing = decisions.SelectMany(d => d.MissingApprovalLevels).Distinct().Order().ToList();
            var stored = await _store.SavePendingKudosAsync(new PendingKudos { Request = request with { OccurredAt = now }, MissingApprovalLevels = missing }, cancellationToken).ConfigureAwait(false);
            if (await _store.FindEntryAsync(debitKey, cancellationToken).ConfigureAwait(false) is not null)
            {
                // Recorded meanwhile by a concurrent approval (its commit dropped the pending kudos before this save): drop it again.
                await _store.RemovePendingKudosAsync(request.KudosId, cancellationToken).ConfigureAwait(false);
                return new KudosOutcome { KudosId = request.KudosId, Status = KudosStatus.Duplicate, Verdict = KudosVerdict.Allow };
            }

            if (stored.Request.Approvals.Count > request.Approvals.Count)
            {
                // Someone approved at the same time: evaluate again with every approval (the set only grows, so this ends).
                return await GiveAsync(request with { OccurredAt = now, Approvals = stored.Request.Approvals }, cancellationToken).ConfigureAwait(false);
            }

            return new KudosOutcome { KudosId = request.KudosId, Status = KudosStatus.PendingApproval, Verdict = verdict, Decisions = decisions, MissingApprovalLevels = missing };
        }

        var points = verdict == KudosVerdict.AllowWithoutPoints ? 0 : request.Points;
        var entries = new List<LedgerEntry>(request.ReceiverIds.Count * 2);
        var reason = $"kudos {request.KudosId}";
        foreach (var receiver in request.ReceiverIds)
        {
            entries.Add(new LedgerEntry
            {
                IdempotencyKey = DebitKey(request.KudosId, receiver),
                ParticipantId = request.GiverId,
                Account = LedgerAccount.GivingAllowance,
                Points = -points,
                OccurredAt = now,
                Reason = reason,
                CounterpartyId = receiver,
                SourceEventId = request.KudosId,
            });
            entries.Add(new LedgerEntry
            {
                IdempotencyKey = $"kudos:{request.KudosId}:receive:{receiver}",
                ParticipantId = receiver,
                Account = LedgerAccount.Earned,
                Points = points,
                OccurredAt = now,
                Reason = reason,
                CounterpartyId = request.GiverId,
                SourceEventId = request.KudosId,
            });
        }

        var result = await _store.AppendAsync(new RecognitionBatch { Entries = entries, ResolvesPendingKudosId = pending?.KudosId }, cancellationToken).ConfigureAwait(false);
        if (result.Recorded.Count == 0)
        {
            return new KudosOutcome { KudosId = request.KudosId, Status = KudosStatus.Duplicate, Verdict = verdict, Decisions = decisions };
        }

        var events = new List<LearningEvent>
        {
            new KudosGiven
            {
                EventId = "kudos:" + request.KudosId,
                OccurredAt = now,
                KudosId = request.KudosId,
                GiverId = request.GiverId,
                ReceiverIds = request.ReceiverIds,
                Message = request.Message,
                Tags = request.Tags,
                Points = points,
            },
        };
        events.AddRange(result.Recorded
            .Where(e => e.Account == LedgerAccount.Earned && e.Points != 0)
            .Select(e => new PointsAwarded { EventId = "points:" + e.IdempotencyKey, OccurredAt = now, EntryId = e.IdempotencyKey, ParticipantId = e.ParticipantId, Points = (int)e.Points, Reason = reason }));
        await _sink.PublishAsync(events, cancellationToken).ConfigureAwait(false);
        return new KudosOutcome
        {
            KudosId = request.KudosId,
            Status = points == 0 && request.Points != 0 ? KudosStatus.RecordedWithoutPoints : KudosStatus.Recorded,
            Verdict = verdict,
            Decisions = decisions,
            PointsPerReceiver = points,
            Entries = result.Recorded,
        };
    }

    /// <summary>
    /// Adds an approval to a kudos held for approval and evaluates it again: it is recorded once every required level
    /// is approved (and the pending kudos dropped in the same transaction), stays pending with the approval kept, or
    /// is refused (and dropped) when a policy now blocks it.
    /// </summary>
    /// <param name="kudosId">The pending kudos.</param>
    /// <param name="approval">The approval.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened.</returns>
    /// <exception cref="PeerLearningValidationException">No kudos with that id is pending, or the approval is malformed.</exception>
    public async ValueTask<KudosOutcome> ApproveAsync(string kudosId, KudosApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kudosId);
        ArgumentNullException.ThrowIfNull(approval);
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(approval.ApproverId))
        {
            problems.Add(new(kudosId, "approval.approverId", "must not be empty"));
        }

        if (approval.Level < 1)
        {
            problems.Add(new(kudosId, "approval.level", $"must be 1 or more, was {approval.Level}"));
        }

        PeerLearningValidationException.ThrowIfAny(problems);
        var pending = await _store.FindPendingKudosAsync(kudosId, cancellationToken).ConfigureAwait(false)
            ?? throw new PeerLearningValidationException(kudosId, "kudosId", "no kudos with this id is waiting for approval");
        return await GiveAsync(pending.Request with { Approvals = [approval] }, cancellationToken).ConfigureAwait(false);
    }

    private static string DebitKey(string kudosId, string receiverId) => $"kudos:{kudosId}:give:{receiverId}";

    private async ValueTask<(bool Granted, IReadOnlyList<LedgerEntry> Entries)> GrantAsync(string giverId, AllowancePeriod period, CancellationToken cancellationToken)
    {
        var entries = await _store.GetEntriesAsync(giverId, cancellationToken).ConfigureAwait(false);
        var grantKey = $"allowance:grant:{giverId}:{period.Key}";
        if (entries.Any(e => e.IdempotencyKey == grantKey))
        {
            return (false, entries);
        }

        // Only entries before this period count towards what is carried over.
        var carried = entries.Where(e => e.Account == LedgerAccount.GivingAllowance && e.OccurredAt < period.Start).Sum(e => e.Points);
        var keep = !_allowance.Rollover ? 0 : _allowance.MaxRolloverPoints is { } cap ? Math.Min(cap, carried) : carried;
        var batch = new List<LedgerEntry>(2);
        if (carried > 0 && carried > keep)
        {
            batch.Add(new LedgerEntry
            {
                IdempotencyKey = $"allowance:expire:{giverId}:{period.Key}",
                ParticipantId = giverId,
                Account = LedgerAccount.GivingAllowance,
                Points = -(carried - keep),
                OccurredAt = period.Start,
                Reason = $"unspent allowance expired at the start of {period.Key}",
            });
        }

        var amount = _allowance.AllowanceFor(_directory.Find(giverId), _directory.DirectReportCount(giverId));
        batch.Add(new LedgerEntry
        {
            IdempotencyKey = grantKey,
            ParticipantId = giverId,
            Account = LedgerAccount.GivingAllowance,
            Points = amount,
            OccurredAt = period.Start,
            Reason = $"giving allowance for {period.Key}",
        });
        await _store.AppendAsync(new RecognitionBatch { Entries = batch }, cancellationToken).ConfigureAwait(false);
        return (true, await _store.GetEntriesAsync(giverId, cancellationToken).ConfigureAwait(false));
    }
}
