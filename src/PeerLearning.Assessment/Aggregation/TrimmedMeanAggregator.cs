namespace PeerLearning.Assessment.Aggregation;

/// <summary>The mean after dropping the highest and lowest scores (at least one each end from three reviews on).</summary>
internal sealed class TrimmedMeanAggregator : PerCriterionAggregator
{
    public override string Name => AggregationMethods.TrimmedMean;

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
                var n = slice.Length;
                if (n == 0)
                {
                    continue;
                }

                var ss = Estimators.MeanAndSumSquares(slice).SumSquares;
                Array.Sort(slice);
                var k = n >= 3 ? Math.Max(1, (int)Math.Floor(n * options.TrimFraction)) : 0;
                var kept = slice.AsSpan(k, n - (2 * k));
                fit.Value[c][s] = Estimators.MeanAndSumSquares(kept).Mean;
                fit.StandardError[c][s] = Math.Sqrt(Estimators.StabilizedVariance(ss, n, pooled) / kept.Length);
            }
        }

        return fit;
    }
}
