namespace PeerLearning.Recognition;

/// <summary>A badge earned by (or given to) a participant, as the store keeps it.</summary>
public sealed record BadgeAward
{
    /// <summary>The award's id; also its idempotency key (a store records an award id at most once).</summary>
    public required string AwardId { get; init; }

    /// <summary>The badge.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Who earned it.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>When it was earned (UTC in the store).</summary>
    public required DateTimeOffset AwardedAt { get; init; }

    /// <summary>When it stops being valid, if it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Who awarded it by hand; null when a rule awarded it.</summary>
    public string? AwardedBy { get; init; }

    /// <summary>The event that completed the criteria, if any.</summary>
    public string? SourceEventId { get; init; }

    /// <summary>When it was revoked; null while it stands.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Why it was revoked; null while it stands.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>Whether the award counts at <paramref name="at"/>: not revoked and not expired.</summary>
    /// <param name="at">The instant to check.</param>
    /// <returns>True when valid.</returns>
    public bool IsValidAt(DateTimeOffset at) => RevokedAt is null && (ExpiresAt is not { } expires || at < expires);
}
