namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// How strongly reviewers' errors on two criteria go together, pooled over the whole round: the correlation of each
/// review's deviations from its submission's per-criterion means (pairwise over reviews that scored both). A harsh or
/// lenient reviewer moves every criterion of a review at once, so these correlations are usually high, and a grade
/// that sums criteria must count the shared part of their errors; taking them as independent understates its error.
/// </summary>
internal static class CriterionCorrelation
{
    /// <summary>The k × k correlations (row-major, 1 on the diagonal, 0 where a pair was never scored together).</summary>
    public static double[] Pooled(ReviewTable t)
    {
        var k = t.Criteria;
        var cross = new double[k * k];
        var square = new double[k * k];
        var mean = new double[k];
        var count = new int[k];
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            int first = t.PeerReviewStart[s], end = t.PeerReviewStart[s + 1];
            if (end - first < 2)
            {
                continue;
            }

            Array.Clear(mean);
            Array.Clear(count);
            for (var i = first; i < end; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    var x = t.PeerScaled[(i * k) + c];
                    if (!double.IsNaN(x))
                    {
                        mean[c] += x;
                        count[c]++;
                    }
                }
            }

            for (var c = 0; c < k; c++)
            {
                mean[c] = count[c] > 0 ? mean[c] / count[c] : double.NaN;
            }

            for (var i = first; i < end; i++)
            {
                for (var a = 0; a < k; a++)
                {
                    var da = t.PeerScaled[(i * k) + a] - mean[a];
                    if (double.IsNaN(da))
                    {
                        continue;
                    }

                    for (var b = 0; b < k; b++)
                    {
                        var db = t.PeerScaled[(i * k) + b] - mean[b];
                        if (!double.IsNaN(db))
                        {
                            // cross[a, b] sums da·db; square[a, b] sums da² over the reviews that scored b too.
                            cross[(a * k) + b] += da * db;
                            square[(a * k) + b] += da * da;
                        }
                    }
                }
            }
        }

        var correlation = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                var denominator = Math.Sqrt(square[(a * k) + b] * square[(b * k) + a]);
                correlation[(a * k) + b] = a == b ? 1 : denominator > 0 ? Math.Clamp(cross[(a * k) + b] / denominator, -1, 1) : 0;
            }
        }

        return correlation;
    }
}
