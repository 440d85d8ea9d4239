namespace PeerLearning.Assessment.Aggregation;

/// <summary>The mean after dropping the highest and lowest scores (at least one each end from three reviews on).</summary>
internal sealed class TrimmedMeanAggregator : SliceAggregator
{
    public override string Name => AggregationMethods.TrimmedMean;

    protected override (double Value, double StandardError) Estimate(Span<double> scores, double pooled, AggregationOptions options)
    {
        var n = scores.Length;
        var ss = Estimators.MeanAndSumSquares(scores).SumSquares;
        scores.Sort();
        var k = n >= 3 ? Math.Max(1, (int)Math.Floor(n * options.TrimFraction)) : 0;
        var kept = scores.Slice(k, n - (2 * k));
        return (Estimators.MeanAndSumSquares(kept).Mean, Math.Sqrt(Estimators.StabilizedVariance(ss, n, pooled) / kept.Length));
    }
}
