namespace PeerLearning.Assessment.Aggregation;

/// <summary>The median of the peer scores (CrowdGrader's per-criterion consensus).</summary>
internal sealed class MedianAggregator : PerCriterionAggregator
{
    public override string Name => AggregationMethods.Median;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var fit = MethodFit.Empty(t);
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            var pooled = Estimators.PooledVariance(col);
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                var slice = col.Value.AsSpan(col.SubStart[s], col.SubStart[s + 1] - col.SubStart[s]).ToArray();
                if (slice.Length == 0)
                {
                    continue;
                }

                var ss = Estimators.MeanAndSumSquares(slice).SumSquares;
                fit.Value[c][s] = Estimators.Median(slice);

                // Asymptotic efficiency of the median under normal noise: SE ≈ 1.2533 σ / √n.
                fit.StandardError[c][s] = 1.2533 * Math.Sqrt(Estimators.StabilizedVariance(ss, slice.Length, pooled) / slice.Length);
            }
        }

        return fit;
    }
}
