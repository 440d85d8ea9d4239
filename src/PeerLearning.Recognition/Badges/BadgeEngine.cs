using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>
/// Awards badges from events and by hand, stores each award with its organization-funded points in one batch,
/// revokes awards with a reason, and raises <see cref="BadgeAwarded"/>, <see cref="BadgeRevoked"/> and
/// <see cref="PointsAwarded"/>. Not thread-safe: feed events from one consumer.
/// </summary>
public sealed class BadgeEngine
{
    private readonly IRecognitionStore _store;
    private readonly ILearningEventSink _sink;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, BadgeDefinition> _badges;

    /// <summary>Creates the engine.</summary>
    /// <param name="rules">The badge rules.</param>
    /// <param name="store">Where awards and points are kept.</param>
    /// <param name="sink">Where domain events go.</param>
    /// <param name="time">The clock (manual awards and revocations).</param>
    public BadgeEngine(BadgeRuleSet rules, IRecognitionStore store, ILearningEventSink sink, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        Evaluator = new BadgeRuleEvaluator(rules);
        _badges = rules.Badges.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _store = store;
        _sink = sink;
        _time = time;
    }

    /// <summary>The in-memory evaluator (restore stored awards into it after a restart).</summary>
    public BadgeRuleEvaluator Evaluator { get; }

    /// <summary>Feeds one event; stores and announces the awards it completes.</summary>
    /// <param name="learningEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The awards recorded now.</returns>
    public async ValueTask<IReadOnlyList<BadgeAward>> ProcessAsync(LearningEvent learningEvent, CancellationToken cancellationToken = default)
    {
        var awards = Evaluator.Observe(learningEvent);
        return awards.Count == 0 ? [] : await RecordAsync(awards, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Awards a badge by hand.</summary>
    /// <param name="badgeId">The badge; its criteria must be <see cref="ManualAwardCriterion"/>.</param>
    /// <param name="participantId">Who receives it.</param>
    /// <param name="awardedBy">Who awards it.</param>
    /// <param name="awarderRole">The awarder's role; must be one the badge allows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The award (the existing one when a non-repeatable badge is already held).</returns>
    /// <exception cref="PeerLearningValidationException">Unknown badge, not a manual badge, or a role that may not award it.</exception>
    public async ValueTask<BadgeAward> AwardManuallyAsync(string badgeId, string participantId, string awardedBy, string awarderRole, CancellationToken cancellationToken = default)
    {
        if (!_badges.TryGetValue(badgeId, out var badge))
        {
            throw new PeerLearningValidationException(badgeId, "badgeId", "unknown badge");
        }

        if (badge.Criteria is not ManualAwardCriterion manual)
        {
            throw new PeerLearningValidationException(badgeId, "criteria", "this badge is earned from events and cannot be awarded by hand");
        }

        if (!manual.Roles.Contains(awarderRole, StringComparer.OrdinalIgnoreCase))
        {
            throw new PeerLearningValidationException(badgeId, "awarderRole", $"role '{awarderRole}' may not award this badge (allowed: {string.Join(", ", manual.Roles)})");
        }

        if (string.IsNullOrWhiteSpace(participantId) || participantId == awardedBy)
        {
            throw new PeerLearningValidationException(badgeId, "participantId", "must name someone other than the awarder");
        }

        var existing = (await _store.GetAwardsAsync(participantId, cancellationToken).ConfigureAwait(false)).Where(a => a.BadgeId == badgeId).ToList();
        if (!badge.Repeatable && existing.Count > 0)
        {
            return existing[0];
        }

        var now = _time.GetUtcNow();
        var awardId = badge.Repeatable ? $"badge:{badgeId}:{participantId}:{existing.Count + 1}" : $"badge:{badgeId}:{participantId}";
        var award = new BadgeAward { AwardId = awardId, BadgeId = badgeId, ParticipantId = participantId, AwardedAt = now, ExpiresAt = badge.ExpiryFor(now), AwardedBy = awardedBy };
        Evaluator.Restore([award]);
        var recorded = await RecordAsync([award], cancellationToken).ConfigureAwait(false);
        return recorded.Count > 0 ? recorded[0] : award;
    }

    /// <summary>Revokes an award with a reason; its points are compensated in the same transaction.</summary>
    /// <param name="awardId">The award.</param>
    /// <param name="reason">Why (kept, and sent with <see cref="BadgeRevoked"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The revoked award, or null when unknown.</returns>
    public async ValueTask<BadgeAward?> RevokeAsync(string awardId, string reason, CancellationToken cancellationToken = default)
    {
        var before = await _store.RevokeAwardAsync(awardId, reason, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return null;
        }

        Evaluator.MarkRevoked(before);
        if (before.RevocationReason == reason)
        {
            await _sink.PublishAsync(
                new BadgeRevoked { EventId = "badge-revoked:" + awardId, OccurredAt = before.RevokedAt!.Value, AwardId = awardId, BadgeId = before.BadgeId, ParticipantId = before.ParticipantId, Reason = reason },
                cancellationToken).ConfigureAwait(false);
        }

        return before;
    }

    /// <summary>
    /// The awards that expire within <paramref name="horizon"/> from now (the engine's clock), soonest first, for expiry
    /// notices: still valid now (an award stops being valid at its expiry instant) and expiring no later than
    /// now + horizon. Revoked and already expired awards are left out.
    /// </summary>
    /// <param name="horizon">How far ahead to look, for example 30 days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The notices.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not positive.</exception>
    public async ValueTask<IReadOnlyList<BadgeExpiryNotice>> ExpiringWithinAsync(TimeSpan horizon, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(horizon, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        // Expiring in (now, now + horizon], as the store's [start, end) range.
        var awards = await _store.GetAwardsExpiringAsync(now.AddTicks(1), (now + horizon).AddTicks(1), cancellationToken).ConfigureAwait(false);
        var notices = new List<BadgeExpiryNotice>(awards.Count);
        foreach (var a in awards)
        {
            var name = _badges.TryGetValue(a.BadgeId, out var badge) ? badge.Name : a.BadgeId;
            notices.Add(new BadgeExpiryNotice(a, name, a.ExpiresAt!.Value - now));
        }

        return notices;
    }

    private async ValueTask<IReadOnlyList<BadgeAward>> RecordAsync(IReadOnlyList<BadgeAward> awards, CancellationToken cancellationToken)
    {
        var entries = new List<LedgerEntry>();
        foreach (var a in awards)
        {
            var badge = _badges[a.BadgeId];
            if (badge.Points > 0)
            {
                entries.Add(new LedgerEntry
                {
                    IdempotencyKey = "points:" + a.AwardId,
                    ParticipantId = a.ParticipantId,
                    Account = LedgerAccount.OrganizationAward,
                    Points = badge.Points,
                    OccurredAt = a.AwardedAt,
                    Reason = $"badge {badge.Name}",
                    AwardId = a.AwardId,
                    SourceEventId = a.SourceEventId,
                    CounterpartyId = a.AwardedBy,
                });
            }
        }

        var result = await _store.AppendAsync(new RecognitionBatch { Entries = entries, Awards = awards }, cancellationToken).ConfigureAwait(false);
        var events = new List<LearningEvent>();
        foreach (var a in result.RecordedAwards)
        {
            events.Add(new BadgeAwarded { EventId = "badge-awarded:" + a.AwardId, OccurredAt = a.AwardedAt, AwardId = a.AwardId, BadgeId = a.BadgeId, BadgeName = _badges[a.BadgeId].Name, ParticipantId = a.ParticipantId, ExpiresAt = a.ExpiresAt });
        }

        foreach (var e in result.Recorded)
        {
            events.Add(new PointsAwarded { EventId = "points:" + e.IdempotencyKey, OccurredAt = e.OccurredAt, EntryId = e.IdempotencyKey, ParticipantId = e.ParticipantId, Points = (int)e.Points, Reason = e.Reason });
        }

        if (events.Count > 0)
        {
            await _sink.PublishAsync(events, cancellationToken).ConfigureAwait(false);
        }

        return result.RecordedAwards;
    }
}
