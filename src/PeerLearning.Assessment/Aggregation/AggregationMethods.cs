namespace PeerLearning.Assessment.Aggregation;

/// <summary>The names of the built-in aggregation methods (case-insensitive when selected).</summary>
public static class AggregationMethods
{
    /// <summary>Arithmetic mean of the peer reviews.</summary>
    public const string Mean = "mean";

    /// <summary>Median of the peer reviews (CrowdGrader's per-criterion consensus).</summary>
    public const string Median = "median";

    /// <summary>Mean after dropping the highest and lowest reviews.</summary>
    public const string TrimmedMean = "trimmed-mean";

    /// <summary>Empirical-Bayes mean shrunk toward the class mean by the reviews' reliability.</summary>
    public const string ShrunkMean = "shrunk-mean";

    /// <summary>Weighted mean with reviewer weights from agreement with the consensus, iterated.</summary>
    public const string ReliabilityWeighted = "reliability-weighted";

    /// <summary>Weighted mean with reviewer weights from accuracy on calibration items an expert also graded.</summary>
    public const string CalibrationWeighted = "calibration-weighted";

    /// <summary>Moodle Workshop: mean weighted by each assessment's weight (experts included), teacher override wins.</summary>
    public const string Moodle = "moodle";

    /// <summary>PeerRank (Walsh 2014): reviewers weighted by their own grade, to a fixed point; with <see cref="AggregationOptions.PeerRankAccuracyWeight"/> the authors' grading accuracy counts in their grade.</summary>
    public const string PeerRank = "peerrank";

    /// <summary>PG1 (Piech et al. 2013): true score, reviewer bias and reviewer reliability, fitted by EM.</summary>
    public const string Pg1 = "pg1";

    /// <summary>PG1 fitted by Gibbs sampling (posterior means and standard deviations).</summary>
    public const string Pg1Gibbs = "pg1-gibbs";

    /// <summary>All built-in names.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Mean, Median, TrimmedMean, ShrunkMean, ReliabilityWeighted, CalibrationWeighted, Moodle, PeerRank, Pg1, Pg1Gibbs];
}
