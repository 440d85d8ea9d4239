namespace PeerLearning.Assessment.Aggregation;

/// <summary>What a method computes: per criterion and submission, a scaled (0–1) value and standard error, plus reviewer estimates.</summary>
internal sealed record MethodFit(double[][] Value, double[][] StandardError, ReviewerEstimate[]? Reviewers)
{
    /// <summary>
    /// When the method knows it, each submission's error covariance between its criteria (scaled units, s * k * k + a * k + b).
    /// The grade's standard error then counts errors that the criteria share (a reviewer's bias moves them all);
    /// without it the criteria's errors are taken as independent.
    /// </summary>
    public double[]? Covariance { get; init; }

    public static MethodFit Empty(ReviewTable t)
    {
        var value = new double[t.Criteria][];
        var se = new double[t.Criteria][];
        for (var c = 0; c < t.Criteria; c++)
        {
            value[c] = new double[t.SubmissionCount];
            se[c] = new double[t.SubmissionCount];
            Array.Fill(value[c], double.NaN);
            Array.Fill(se[c], double.NaN);
        }

        return new MethodFit(value, se, null);
    }
}
