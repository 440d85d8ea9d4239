namespace PeerLearning.Assessment.Aggregation;

/// <summary>Settings shared by the aggregation methods.</summary>
public sealed record AggregationOptions
{
    /// <summary>A grade based on fewer peer reviews than this goes to a human. Default 3.</summary>
    public int MinReviews { get; init; } = 3;

    /// <summary>A grade whose peer reviews disagree by more than this standard deviation (grade points) goes to a human. Default 15.</summary>
    public double MaxDisagreement { get; init; } = 15;

    /// <summary>A grade with a larger standard error (grade points) goes to a human. Default 10.</summary>
    public double MaxStandardError { get; init; } = 10;

    /// <summary>Share of reviews the trimmed mean drops at each end (at least one each end from 3 reviews on). Default 0.2.</summary>
    public double TrimFraction { get; init; } = 0.2;

    /// <summary>When a submission has expert reviews, their mean is its grade (every method but <c>moodle</c>, which weights them in). Default true.</summary>
    public bool ExpertReviewsOverride { get; init; } = true;

    /// <summary>Iterations of the reliability-weighted mean. Default 10.</summary>
    public int ReliabilityIterations { get; init; } = 10;

    /// <summary>PeerRank's α: the weight of the grades received (weighted by the graders' own grades) in each step. Default 0.5.</summary>
    public double PeerRankDamping { get; init; } = 0.5;

    /// <summary>
    /// PeerRank's β (Walsh 2014): the weight of the authors' own grading accuracy, 1 − mean |given − received| on each
    /// criterion's range, in their grade; α + β must not exceed 1. It rewards grading well rather than estimating the work,
    /// so it is off by default (0: grades are the received grades only).
    /// </summary>
    public double PeerRankAccuracyWeight { get; init; }

    /// <summary>Maximum EM iterations for PG1 (it stops earlier when the scores move by less than 1e-4 of their range, root mean square). Default 25.</summary>
    public int Pg1MaxIterations { get; init; } = 25;

    /// <summary>Strength (Gamma shape) of PG1's prior on reviewer reliability; larger pulls reliabilities together. Default 3.</summary>
    public double Pg1ReliabilityPriorShape { get; init; } = 3;

    /// <summary>Gibbs sweeps discarded before sampling. Default 200.</summary>
    public int GibbsBurnIn { get; init; } = 200;

    /// <summary>Gibbs sweeps kept. Default 400.</summary>
    public int GibbsSamples { get; init; } = 400;

    /// <summary>Seed for the methods that sample (Gibbs); the same seed gives the same grades.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The default options.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem found.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (MinReviews < 0)
        {
            problems.Add(new("aggregation", "minReviews", "must be zero or more"));
        }

        if (!(MaxDisagreement > 0) || !(MaxStandardError > 0))
        {
            problems.Add(new("aggregation", "maxDisagreement/maxStandardError", "must be positive"));
        }

        if (TrimFraction is < 0 or >= 0.5 || double.IsNaN(TrimFraction))
        {
            problems.Add(new("aggregation", "trimFraction", "must be from 0 to below 0.5"));
        }

        if (PeerRankDamping is <= 0 or > 1 || double.IsNaN(PeerRankDamping))
        {
            problems.Add(new("aggregation", "peerRankDamping", "must be above 0 and at most 1"));
        }

        if (PeerRankAccuracyWeight is < 0 or >= 1 || double.IsNaN(PeerRankAccuracyWeight) || PeerRankDamping + PeerRankAccuracyWeight > 1)
        {
            problems.Add(new("aggregation", "peerRankAccuracyWeight", "must be from 0 to below 1, and with peerRankDamping at most 1"));
        }

        if (ReliabilityIterations < 1 || Pg1MaxIterations < 1 || GibbsSamples < 1 || GibbsBurnIn < 0)
        {
            problems.Add(new("aggregation", "iterations", "iteration and sample counts must be at least 1 (burn-in 0 or more)"));
        }

        if (!(Pg1ReliabilityPriorShape > 0))
        {
            problems.Add(new("aggregation", "pg1ReliabilityPriorShape", "must be positive"));
        }

        return problems;
    }
}
