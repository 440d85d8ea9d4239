namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// Empirical-Bayes shrinkage: each submission's criterion means are pulled toward the class means by one factor
/// B = (σ²/n)/(σ²/n + τ²), with σ² the pooled within-submission variance of the reviews' own grades and τ² the
/// between-submission variance of the mean grades, both from the data. One factor for all criteria, because criteria
/// are correlated: shrinking each criterion alone would over-shrink the grade.
/// </summary>
internal sealed class ShrunkMeanAggregator : PerCriterionAggregator
{
    public override string Name => AggregationMethods.ShrunkMean;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var fit = new MeanAggregator().Fit(t, options);

        // Variance components on the grade scale, from the reviews' own grades.
        var means = new List<(int S, double Mean, int N)>();
        double ss = 0;
        var df = 0;
        var at = 0;
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            var n = t.PeerReviewsPerSubmission[s];
            var grades = t.PeerReviewGrade.AsSpan(at, n).ToArray().Where(g => !double.IsNaN(g)).ToArray();
            at += n;
            if (grades.Length == 0)
            {
                continue;
            }

            var (mean, squares) = Estimators.MeanAndSumSquares(grades);
            means.Add((s, mean, grades.Length));
            ss += squares;
            df += grades.Length - 1;
        }

        if (means.Count < 2 || df == 0)
        {
            return fit;
        }

        var within = ss / df;
        var grand = means.Average(m => m.Mean);
        var spread = means.Sum(m => (m.Mean - grand) * (m.Mean - grand)) / (means.Count - 1);
        var between = Math.Max(spread - means.Average(m => within / m.N), 1e-2);
        for (var c = 0; c < t.Criteria; c++)
        {
            var values = Enumerable.Range(0, t.SubmissionCount).Select(s => fit.Value[c][s]).Where(v => !double.IsNaN(v)).ToArray();
            if (values.Length == 0)
            {
                continue;
            }

            var classMean = values.Average();
            foreach (var (s, _, _) in means)
            {
                var n = t.Columns[c].SubStart[s + 1] - t.Columns[c].SubStart[s];
                if (n == 0)
                {
                    continue;
                }

                var sampling = within / n;
                var shrink = sampling / (sampling + between);
                fit.Value[c][s] = (shrink * classMean) + ((1 - shrink) * fit.Value[c][s]);
                fit.StandardError[c][s] *= Math.Sqrt(1 - shrink);
            }
        }

        return fit;
    }
}
