namespace PeerLearning.Assessment.Simulation;

/// <summary>
/// The distributions a simulated peer-review round is drawn from. Scores are on 0–1 of each criterion's range;
/// grades on 0–100. Each learner authors one submission and reviews others (never their own).
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>Submissions (and learners). Default 200.</summary>
    public int Submissions { get; init; } = 200;

    /// <summary>Reviews assigned per submission. Default 4.</summary>
    public int ReviewsPerSubmission { get; init; } = 4;

    /// <summary>Criteria in the rubric (each 0–10 points). Default 5.</summary>
    public int Criteria { get; init; } = 5;

    /// <summary>Mean of the true quality. Default 0.65.</summary>
    public double TrueScoreMean { get; init; } = 0.65;

    /// <summary>Standard deviation of the true quality between submissions. Default 0.15.</summary>
    public double TrueScoreStandardDeviation { get; init; } = 0.15;

    /// <summary>Standard deviation of a criterion around the submission's quality. Default 0.05.</summary>
    public double CriterionStandardDeviation { get; init; } = 0.05;

    /// <summary>Standard deviation of typical reviewers' personal bias. Default 0.05.</summary>
    public double BiasStandardDeviation { get; init; } = 0.05;

    /// <summary>Median of reviewers' noise standard deviation (log-normal across reviewers). Default 0.08.</summary>
    public double NoiseMedian { get; init; } = 0.08;

    /// <summary>Spread (σ of the logarithm) of reviewers' noise. Default 0.6.</summary>
    public double NoiseLogSpread { get; init; } = 0.6;

    /// <summary>Share of harsh reviewers. Default 0.1.</summary>
    public double HarshShare { get; init; } = 0.1;

    /// <summary>Share of lenient reviewers. Default 0.1.</summary>
    public double LenientShare { get; init; } = 0.1;

    /// <summary>Share of random reviewers. Default 0.05.</summary>
    public double RandomShare { get; init; } = 0.05;

    /// <summary>Share of flat reviewers. Default 0.05.</summary>
    public double FlatShare { get; init; } = 0.05;

    /// <summary>Bias of harsh (negative) and lenient (positive) reviewers. Default 0.2.</summary>
    public double StrongBias { get; init; } = 0.2;

    /// <summary>Probability that an assigned review never arrives. Default 0.1.</summary>
    public double MissingReviewRate { get; init; } = 0.1;

    /// <summary>Submissions that are calibration items: an expert also reviews them, with the true points. Default 0.</summary>
    public int CalibrationItems { get; init; }

    /// <summary>Round scores to whole points, as reviewers do. Default true.</summary>
    public bool WholePoints { get; init; } = true;

    /// <summary>The seed.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem found.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (Submissions < 2)
        {
            problems.Add(new("simulation", "submissions", "must be at least 2"));
        }

        if (ReviewsPerSubmission < 1 || ReviewsPerSubmission >= Submissions)
        {
            problems.Add(new("simulation", "reviewsPerSubmission", "must be at least 1 and below the number of submissions"));
        }

        if (Criteria < 1)
        {
            problems.Add(new("simulation", "criteria", "must be at least 1"));
        }

        var shares = HarshShare + LenientShare + RandomShare + FlatShare;
        if (HarshShare < 0 || LenientShare < 0 || RandomShare < 0 || FlatShare < 0 || shares > 1)
        {
            problems.Add(new("simulation", "shares", "reviewer shares must be zero or more and sum to at most 1"));
        }

        if (CalibrationItems < 0 || CalibrationItems > Submissions)
        {
            problems.Add(new("simulation", "calibrationItems", "must be from 0 to the number of submissions"));
        }

        if (MissingReviewRate is < 0 or >= 1 || double.IsNaN(MissingReviewRate))
        {
            problems.Add(new("simulation", "missingReviewRate", "must be from 0 to below 1"));
        }

        return problems;
    }
}
