using System.Text.Json.Serialization;

namespace PeerLearning.Events;

/// <summary>
/// Something that happened in a peer-learning program. Engines raise events to an
/// <see cref="ILearningEventSink"/>; the xAPI package turns them into statements.
/// </summary>
/// <remarks>
/// <see cref="EventId"/> is stable for the same happening: a sink that receives the same event twice
/// (a retry, a replay) can recognise it and record it once.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MatchProposed), "matchProposed")]
[JsonDerivedType(typeof(MatchAccepted), "matchAccepted")]
[JsonDerivedType(typeof(MatchEnded), "matchEnded")]
[JsonDerivedType(typeof(SessionHeld), "sessionHeld")]
[JsonDerivedType(typeof(FeedbackGiven), "feedbackGiven")]
[JsonDerivedType(typeof(ReviewSubmitted), "reviewSubmitted")]
[JsonDerivedType(typeof(GradeReleased), "gradeReleased")]
[JsonDerivedType(typeof(ReviewerGraded), "reviewerGraded")]
[JsonDerivedType(typeof(KudosGiven), "kudosGiven")]
[JsonDerivedType(typeof(PointsAwarded), "pointsAwarded")]
[JsonDerivedType(typeof(BadgeAwarded), "badgeAwarded")]
[JsonDerivedType(typeof(BadgeRevoked), "badgeRevoked")]
[JsonDerivedType(typeof(ContentShared), "contentShared")]
public abstract record LearningEvent
{
    // The set of events is closed: sinks map each kind exhaustively.
    private protected LearningEvent()
    {
    }

    /// <summary>A stable, unique id for this happening (the idempotency key downstream).</summary>
    public required string EventId { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The program it happened in, when there is one.</summary>
    public string? ProgramId { get; init; }
}
