namespace PeerLearning.Events;

/// <summary>A reviewer submitted a review of a piece of work.</summary>
public sealed record ReviewSubmitted : LearningEvent
{
    /// <summary>The review's id.</summary>
    public required string ReviewId { get; init; }

    /// <summary>The submission reviewed.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>Who reviewed.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>The submission's authors.</summary>
    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    /// <summary>The review's overall score scaled to 0–1, if it has one.</summary>
    public double? ScaledScore { get; init; }
}

/// <summary>A grade for a submission was released to its authors.</summary>
public sealed record GradeReleased : LearningEvent
{
    /// <summary>The submission graded.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The authors who receive the grade.</summary>
    public required IReadOnlyList<string> AuthorIds { get; init; }

    /// <summary>The grade scaled to 0–1.</summary>
    public required double ScaledGrade { get; init; }

    /// <summary>The grade's standard error on the same scale, if known.</summary>
    public double? StandardError { get; init; }
}

/// <summary>A reviewer's own reviewing was graded.</summary>
public sealed record ReviewerGraded : LearningEvent
{
    /// <summary>The reviewer.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>The grade for reviewing, scaled to 0–1.</summary>
    public required double ScaledGrade { get; init; }
}
