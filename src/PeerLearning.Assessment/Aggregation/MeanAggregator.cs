namespace PeerLearning.Assessment.Aggregation;

/// <summary>The arithmetic mean of the peer scores.</summary>
internal sealed class MeanAggregator : SliceAggregator
{
    public override string Name => AggregationMethods.Mean;

    protected override (double Value, double StandardError) Estimate(Span<double> scores, double pooled, AggregationOptions options)
    {
        var (mean, ss) = Estimators.MeanAndSumSquares(scores);
        return (mean, Math.Sqrt(Estimators.StabilizedVariance(ss, scores.Length, pooled) / scores.Length));
    }
}
