namespace PeerLearning.Assessment.Aggregation;

/// <summary>The arithmetic mean of the peer scores.</summary>
internal sealed class MeanAggregator : PerCriterionAggregator
{
    public override string Name => AggregationMethods.Mean;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var fit = MethodFit.Empty(t);
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            var pooled = Estimators.PooledVariance(col);
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                var slice = col.Value.AsSpan(col.SubStart[s], col.SubStart[s + 1] - col.SubStart[s]);
                if (slice.Length == 0)
                {
                    continue;
                }

                var (mean, ss) = Estimators.MeanAndSumSquares(slice);
                fit.Value[c][s] = mean;
                fit.StandardError[c][s] = Math.Sqrt(Estimators.StabilizedVariance(ss, slice.Length, pooled) / slice.Length);
            }
        }

        return fit;
    }
}
