namespace PeerLearning.Events;

/// <summary>A matching engine proposed a match (a pair or a group).</summary>
public sealed record MatchProposed : LearningEvent
{
    /// <summary>The match's id.</summary>
    public required string MatchId { get; init; }

    /// <summary>Who is in the match, in which role.</summary>
    public required IReadOnlyList<MatchMember> Members { get; init; }

    /// <summary>The match score, 0–100.</summary>
    public double Score { get; init; }
}

/// <summary>A participant accepted a proposed match.</summary>
public sealed record MatchAccepted : LearningEvent
{
    /// <summary>The match's id.</summary>
    public required string MatchId { get; init; }

    /// <summary>Who accepted.</summary>
    public required string ParticipantId { get; init; }
}

/// <summary>A match ended (completed, cancelled or replaced by a re-match).</summary>
public sealed record MatchEnded : LearningEvent
{
    /// <summary>The match's id.</summary>
    public required string MatchId { get; init; }

    /// <summary>Why it ended, in a word: <c>completed</c>, <c>cancelled</c>, <c>rematched</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>Everyone who was in the match.</summary>
    public IReadOnlyList<MatchMember> Members { get; init; } = [];
}

/// <summary>A mentoring session, buddy meeting or circle meeting took place.</summary>
public sealed record SessionHeld : LearningEvent
{
    /// <summary>The match or group the session belongs to.</summary>
    public required string MatchId { get; init; }

    /// <summary>Who attended.</summary>
    public required IReadOnlyList<string> AttendeeIds { get; init; }

    /// <summary>How long it took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>What it was about, if recorded.</summary>
    public string? Topic { get; init; }
}

/// <summary>A participant rated a session, a match or a person.</summary>
public sealed record FeedbackGiven : LearningEvent
{
    /// <summary>The match the feedback is about, if any.</summary>
    public string? MatchId { get; init; }

    /// <summary>Who gave the feedback.</summary>
    public required string GiverId { get; init; }

    /// <summary>Who the feedback is about, if a person.</summary>
    public string? ReceiverId { get; init; }

    /// <summary>The rating from 1 (poor) to 5 (excellent), if given.</summary>
    public int? Rating { get; init; }

    /// <summary>Free text, if given.</summary>
    public string? Comment { get; init; }
}
