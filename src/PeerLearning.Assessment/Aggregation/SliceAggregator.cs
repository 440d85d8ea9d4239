namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// Methods that estimate each criterion of each submission from that submission's scores alone: the loop over
/// criteria and submissions, the criterion's pooled variance, and a reusable copy of the scores the method may sort.
/// </summary>
internal abstract class SliceAggregator : PerCriterionAggregator
{
    internal sealed override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var fit = MethodFit.Empty(t);
        var buffer = Array.Empty<double>();
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            var pooled = Estimators.PooledVariance(col);
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                var n = col.SubStart[s + 1] - col.SubStart[s];
                if (n == 0)
                {
                    continue;
                }

                if (buffer.Length < n)
                {
                    buffer = new double[Math.Max(n, 2 * buffer.Length)];
                }

                var scores = buffer.AsSpan(0, n);
                col.Value.AsSpan(col.SubStart[s], n).CopyTo(scores);
                (fit.Value[c][s], fit.StandardError[c][s]) = Estimate(scores, pooled, options);
            }
        }

        return fit;
    }

    /// <summary>The criterion's scaled value and standard error from one submission's scores (a copy; it may be reordered).</summary>
    protected abstract (double Value, double StandardError) Estimate(Span<double> scores, double pooled, AggregationOptions options);
}
