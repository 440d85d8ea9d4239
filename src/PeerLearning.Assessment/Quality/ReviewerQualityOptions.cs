namespace PeerLearning.Assessment.Quality;

/// <summary>Settings for grading reviewers.</summary>
public sealed record ReviewerQualityOptions
{
    /// <summary>Moodle's "comparison of assessments" strictness: 1 very strict, 3 strict, 5 fair (default), 7 lax, 9 very lax.</summary>
    public double MoodleComparison { get; init; } = 5;

    /// <summary>CrowdGrader's p: a review off the consensus by p grade points or more earns 0. Default 30.</summary>
    public double CrowdGraderTolerance { get; init; } = 30;

    /// <summary>A reviewer whose review grades vary by less than this standard deviation (grade points) is a flat rater. Default 2.</summary>
    public double FlatRaterMaxSpread { get; init; } = 2;

    /// <summary>Reviews needed before a reviewer can be called flat. Default 3.</summary>
    public int FlatRaterMinReviews { get; init; } = 3;

    /// <summary>Give flat raters zero accuracy (Peerceptiv). Default true.</summary>
    public bool ZeroAccuracyForFlatRaters { get; init; } = true;
}
