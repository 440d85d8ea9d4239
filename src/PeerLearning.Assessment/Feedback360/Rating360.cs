namespace PeerLearning.Assessment.Feedback360;

/// <summary>One rater's 360 feedback on one person.</summary>
public sealed record Rating360
{
    /// <summary>The person rated.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The rater.</summary>
    public required string RaterId { get; init; }

    /// <summary>The rater's relationship to the subject.</summary>
    public required RaterGroup Group { get; init; }

    /// <summary>Scores per competency.</summary>
    public required IReadOnlyDictionary<string, double> Scores { get; init; }
}
