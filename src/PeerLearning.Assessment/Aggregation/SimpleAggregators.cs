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
