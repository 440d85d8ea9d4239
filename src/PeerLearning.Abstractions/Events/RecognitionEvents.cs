namespace PeerLearning.Events;

/// <summary>Someone thanked one or more colleagues.</summary>
public sealed record KudosGiven : LearningEvent
{
    /// <summary>The kudos' id.</summary>
    public required string KudosId { get; init; }

    /// <summary>Who gave it.</summary>
    public required string GiverId { get; init; }

    /// <summary>Who received it.</summary>
    public required IReadOnlyList<string> ReceiverIds { get; init; }

    /// <summary>The message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Value tags such as "helped me learn".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Points given to each receiver.</summary>
    public int Points { get; init; }
}

/// <summary>Points were credited to (or, when negative, taken back from) a participant.</summary>
public sealed record PointsAwarded : LearningEvent
{
    /// <summary>The ledger entry's id.</summary>
    public required string EntryId { get; init; }

    /// <summary>Who receives the points.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>The points; negative for a compensating entry.</summary>
    public required int Points { get; init; }

    /// <summary>Why.</summary>
    public string Reason { get; init; } = string.Empty;
}

/// <summary>A participant earned a badge.</summary>
public sealed record BadgeAwarded : LearningEvent
{
    /// <summary>The award's id.</summary>
    public required string AwardId { get; init; }

    /// <summary>The badge's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>The badge's name.</summary>
    public string BadgeName { get; init; } = string.Empty;

    /// <summary>Who earned it.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>When the badge expires, if it does.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

/// <summary>A badge award was revoked.</summary>
public sealed record BadgeRevoked : LearningEvent
{
    /// <summary>The award's id.</summary>
    public required string AwardId { get; init; }

    /// <summary>The badge's id.</summary>
    public required string BadgeId { get; init; }

    /// <summary>Whose award was revoked.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>Why it was revoked.</summary>
    public required string Reason { get; init; }
}

/// <summary>A participant shared learning content with peers.</summary>
public sealed record ContentShared : LearningEvent
{
    /// <summary>The content's id.</summary>
    public required string ContentId { get; init; }

    /// <summary>Who shared it.</summary>
    public required string SharerId { get; init; }

    /// <summary>The content's title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Where the content lives, if it has an address.</summary>
    public Uri? Location { get; init; }

    /// <summary>Who it was shared with; empty for everyone in the program.</summary>
    public IReadOnlyList<string> AudienceIds { get; init; } = [];
}
