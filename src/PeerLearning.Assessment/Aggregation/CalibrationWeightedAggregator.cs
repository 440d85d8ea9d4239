namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// Calibration-weighted mean (Calibrated Peer Review, Kritik's grading power): a reviewer's error variance is their
/// mean squared distance to the expert on calibration items, shrunk toward the class-wide value; weights are inverse
/// error variances. Reviewers without calibration reviews get the class-wide weight; without any calibration data
/// every weight is 1 (the plain mean).
/// </summary>
internal sealed class CalibrationWeightedAggregator : PerCriterionAggregator
{
    private const double PriorItems = 2;

    public override string Name => AggregationMethods.CalibrationWeighted;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var reviewers = t.ReviewerCount;
        var ss = new double[reviewers];
        var sum = new double[reviewers];
        var count = new int[reviewers];
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            for (var i = 0; i < col.Count; i++)
            {
                var s = col.Sub[i];
                var expert = t.ExpertMean[c][s];
                if (!t.Submissions[s].IsCalibration || double.IsNaN(expert))
                {
                    continue;
                }

                var e = col.Value[i] - expert;
                ss[col.Rev[i]] += e * e;
                sum[col.Rev[i]] += e;
                count[col.Rev[i]]++;
            }
        }

        var total = count.Sum();
        var weight = new double[reviewers];
        var variance = new double[reviewers];
        Array.Fill(weight, 1);
        double[]? errorVariance = null;
        if (total > 0)
        {
            var classVariance = Math.Max(ss.Sum() / total, 1e-8);
            for (var r = 0; r < reviewers; r++)
            {
                variance[r] = (ss[r] + (PriorItems * classVariance)) / (count[r] + PriorItems);
                weight[r] = classVariance / variance[r];
            }

            errorVariance = variance;
        }

        var fit = WeightedMean.Compute(t, weight, errorVariance);
        var estimates = t.ReviewerIds.Select((id, r) => new ReviewerEstimate
        {
            ReviewerId = id,
            ReviewCount = t.ReviewsPerReviewer[r],
            Bias = count[r] > 0 ? 100 * sum[r] / count[r] : null,
            NoiseStandardDeviation = count[r] > 0 ? 100 * Math.Sqrt(variance[r]) : null,
            Weight = weight[r],
        }).ToArray();
        return fit with { Reviewers = estimates };
    }
}
