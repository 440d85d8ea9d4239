namespace PeerLearning.Assessment.Aggregation;

/// <summary>A submission's grade with its uncertainty and whether a person should look at it.</summary>
public sealed record SubmissionGrade
{
    /// <summary>The submission.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>The authors who receive the grade.</summary>
    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    /// <summary>The grade from 0 to 100, or null when there is none.</summary>
    public double? Grade { get; init; }

    /// <summary>The standard error of the grade (grade points), when known.</summary>
    public double? StandardError { get; init; }

    /// <summary>The number of peer reviews used.</summary>
    public int ReviewCount { get; init; }

    /// <summary>How many of those reviews arrived after the deadline.</summary>
    public int LateReviewCount { get; init; }

    /// <summary>The standard deviation of the peer reviews' own grades (grade points); null with fewer than two.</summary>
    public double? Disagreement { get; init; }

    /// <summary>Where the grade came from.</summary>
    public GradeSource Source { get; init; }

    /// <summary>Per-criterion points.</summary>
    public IReadOnlyList<CriterionGrade> Criteria { get; init; } = [];

    /// <summary>Whether the grade should go to a human before release.</summary>
    public bool NeedsHumanReview { get; init; }

    /// <summary>Why it should (too few reviews, high disagreement, large uncertainty).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}
