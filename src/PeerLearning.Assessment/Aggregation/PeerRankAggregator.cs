namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// PeerRank (Walsh 2014): a reviewer's scores count in proportion to the reviewer's own grade, to a fixed point
/// Xⱼ ← (1 − α)Xⱼ + α Σᵢ XᵢAᵢⱼ / Σᵢ Xᵢ. A reviewer who authored no submission counts with the class-mean grade.
/// (The accuracy term β of Walsh's extended rule is not applied to grades; reviewer accuracy is graded separately.)
/// </summary>
internal sealed class PeerRankAggregator : PerCriterionAggregator
{
    private const int MaxIterations = 500;

    public override string Name => AggregationMethods.PeerRank;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var reviewers = t.ReviewerCount;
        var ones = new double[reviewers];
        Array.Fill(ones, 1);
        var fit = WeightedMean.Compute(t, ones, null);
        var grade = OverallGrades(t, fit);
        var weight = new double[reviewers];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var known = grade.Where(g => !double.IsNaN(g)).ToArray();
            var classMean = known.Length > 0 ? known.Average() : 1;
            for (var r = 0; r < reviewers; r++)
            {
                var own = t.AuthoredBy[r].Select(s => grade[s]).Where(g => !double.IsNaN(g)).ToArray();
                weight[r] = Math.Max(own.Length > 0 ? own.Average() : classMean, 1e-9);
            }

            var next = WeightedMean.Compute(t, weight, null);
            var change = 0.0;
            for (var c = 0; c < t.Criteria; c++)
            {
                for (var s = 0; s < t.SubmissionCount; s++)
                {
                    if (double.IsNaN(next.Value[c][s]))
                    {
                        continue;
                    }

                    var damped = ((1 - options.PeerRankDamping) * fit.Value[c][s]) + (options.PeerRankDamping * next.Value[c][s]);
                    change = Math.Max(change, Math.Abs(damped - fit.Value[c][s]));
                    fit.Value[c][s] = damped;
                    fit.StandardError[c][s] = next.StandardError[c][s];
                }
            }

            grade = OverallGrades(t, fit);

            if (change < 1e-10)
            {
                break;
            }
        }

        var meanWeight = reviewers > 0 ? weight.Average() : 1;
        var estimates = t.ReviewerIds.Select((id, r) => new ReviewerEstimate
        {
            ReviewerId = id,
            ReviewCount = t.ReviewsPerReviewer[r],
            Weight = weight[r] / meanWeight,
        }).ToArray();
        return fit with { Reviewers = estimates };
    }

    /// <summary>Each submission's overall grade on 0–1 from the current per-criterion estimates.</summary>
    private static double[] OverallGrades(ReviewTable t, MethodFit fit)
    {
        var grades = new double[t.SubmissionCount];
        var points = new double[t.Criteria];
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            for (var c = 0; c < t.Criteria; c++)
            {
                var v = fit.Value[c][s];
                points[c] = double.IsNaN(v) ? double.NaN : t.Low[c] + (Math.Clamp(v, 0, 1) * t.Range[c]);
            }

            grades[s] = (t.Rubric.Score(points) ?? double.NaN) / 100;
        }

        return grades;
    }
}
