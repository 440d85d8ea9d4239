namespace PeerLearning.Assessment.Aggregation;

/// <summary>What a method computes: per criterion and submission, a scaled (0–1) value and standard error, plus reviewer estimates.</summary>
internal sealed record MethodFit(double[][] Value, double[][] StandardError, ReviewerEstimate[]? Reviewers)
{
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
