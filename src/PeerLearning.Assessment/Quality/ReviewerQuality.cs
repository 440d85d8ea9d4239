namespace PeerLearning.Assessment.Quality;

/// <summary>How well one reviewer reviewed, measured against the consensus grades.</summary>
public sealed record ReviewerQuality
{
    /// <summary>The reviewer.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>Peer reviews compared with a consensus.</summary>
    public int ReviewCount { get; init; }

    /// <summary>Mean of (review grade − consensus grade): positive is lenient, negative harsh (grade points).</summary>
    public double? Bias { get; init; }

    /// <summary>Standard deviation of (review grade − consensus) around the bias: the reviewer's noise (grade points).</summary>
    public double? NoiseStandardDeviation { get; init; }

    /// <summary>Pearson correlation of the reviewer's grades with the consensus (null with fewer than 3 reviews or no spread).</summary>
    public double? Correlation { get; init; }

    /// <summary>Grade for reviewing by distance to consensus: 100 − mean |review − consensus|, at least 0.</summary>
    public double? ConsensusGrade { get; init; }

    /// <summary>Moodle Workshop's "comparison with the best assessment" grading grade (0–100), averaged over the reviewer's assessments.</summary>
    public double? MoodleBestGrade { get; init; }

    /// <summary>CrowdGrader's accuracy: mean of max(0, p − |c − g|) / p × 100.</summary>
    public double? CrowdGraderGrade { get; init; }

    /// <summary>The reviewer gives (nearly) the same grade to everything.</summary>
    public bool IsFlatRater { get; init; }

    /// <summary>The grade for reviewing released to the reviewer: the consensus grade, 0 for a flat rater when so configured.</summary>
    public double? ReviewingGrade { get; init; }

    /// <summary>Mean helpfulness (1–5) authors gave this reviewer's reviews.</summary>
    public double? Helpfulness { get; init; }

    /// <summary>How many helpfulness ratings that mean rests on.</summary>
    public int HelpfulnessRatings { get; init; }
}
