namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// Reliability-weighted mean (in the spirit of Peerceptiv's accuracy weighting): each reviewer's error variance is
/// estimated from their distance to the leave-one-out consensus of the other reviewers, shrunk toward the class-wide
/// error variance; weights are inverse error variances; consensus and weights are iterated.
/// </summary>
internal sealed class ReliabilityWeightedAggregator : PerCriterionAggregator
{
    private const double PriorReviews = 3;

    public override string Name => AggregationMethods.ReliabilityWeighted;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var reviewers = t.ReviewerCount;
        var weight = new double[reviewers];
        var variance = new double[reviewers];
        var bias = new double[reviewers];
        Array.Fill(weight, 1);
        Array.Fill(variance, 1.0 / 16);
        var ss = new double[reviewers];
        var sum = new double[reviewers];
        var count = new int[reviewers];
        for (var iteration = 0; iteration < options.ReliabilityIterations; iteration++)
        {
            Array.Clear(ss);
            Array.Clear(sum);
            Array.Clear(count);
            foreach (var col in t.Columns)
            {
                for (var s = 0; s + 1 < col.SubStart.Length; s++)
                {
                    int a = col.SubStart[s], b = col.SubStart[s + 1];
                    double sw = 0, swx = 0;
                    for (var i = a; i < b; i++)
                    {
                        sw += weight[col.Rev[i]];
                        swx += weight[col.Rev[i]] * col.Value[i];
                    }

                    for (var i = a; i < b; i++)
                    {
                        var w = weight[col.Rev[i]];
                        var rest = sw - w;
                        if (b - a < 2 || rest <= 1e-12)
                        {
                            continue;
                        }

                        var others = (swx - (w * col.Value[i])) / rest;
                        var e = col.Value[i] - others;
                        ss[col.Rev[i]] += e * e;
                        sum[col.Rev[i]] += e;
                        count[col.Rev[i]]++;
                    }
                }
            }

            var total = count.Sum();
            if (total == 0)
            {
                break;
            }

            var classVariance = Math.Max(ss.Sum() / total, 1e-8);
            for (var r = 0; r < reviewers; r++)
            {
                variance[r] = (ss[r] + (PriorReviews * classVariance)) / (count[r] + PriorReviews);
                weight[r] = classVariance / variance[r];
                bias[r] = count[r] > 0 ? sum[r] / count[r] : 0;
            }
        }

        var fit = WeightedMean.Compute(t, weight, variance);
        var estimates = t.ReviewerIds.Select((id, r) => new ReviewerEstimate
        {
            ReviewerId = id,
            ReviewCount = t.ReviewsPerReviewer[r],
            Bias = 100 * bias[r],
            NoiseStandardDeviation = 100 * Math.Sqrt(variance[r]),
            Weight = weight[r],
        }).ToArray();
        return fit with { Reviewers = estimates };
    }
}
