namespace PeerLearning.Assessment.Aggregation;

/// <summary>The median of the peer scores (CrowdGrader's per-criterion consensus).</summary>
internal sealed class MedianAggregator : SliceAggregator
{
    public override string Name => AggregationMethods.Median;

    protected override (double Value, double StandardError) Estimate(Span<double> scores, double pooled, AggregationOptions options)
    {
        var ss = Estimators.MeanAndSumSquares(scores).SumSquares;

        // Asymptotic efficiency of the median under normal noise: SE ≈ 1.2533 σ / √n.
        return (Estimators.Median(scores), 1.2533 * Math.Sqrt(Estimators.StabilizedVariance(ss, scores.Length, pooled) / scores.Length));
    }
}
