namespace PeerLearning.Assessment.Aggregation;

/// <summary>Weighted means with per-reviewer weights, shared by the weighted methods.</summary>
internal static class WeightedMean
{
    /// <summary>
    /// Per criterion and submission, Σ wᵣxᵣ / Σ wᵣ. When <paramref name="errorVariance"/> is given (per reviewer, scaled
    /// units) the standard error is 1/√Σ(1/σᵣ²); otherwise it is the weighted spread over √(effective n).
    /// </summary>
    public static MethodFit Compute(ReviewTable t, double[] weight, double[]? errorVariance)
    {
        var fit = MethodFit.Empty(t);
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            var pooled = Estimators.PooledVariance(col);
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                int a = col.SubStart[s], b = col.SubStart[s + 1];
                if (a == b)
                {
                    continue;
                }

                double sw = 0, swx = 0, sw2 = 0, precision = 0;
                for (var i = a; i < b; i++)
                {
                    var w = weight[col.Rev[i]];
                    sw += w;
                    swx += w * col.Value[i];
                    sw2 += w * w;
                    if (errorVariance is not null)
                    {
                        precision += 1 / errorVariance[col.Rev[i]];
                    }
                }

                if (sw <= 0)
                {
                    // Every reviewer of this submission has weight 0: fall back to the plain mean.
                    sw = b - a;
                    swx = 0;
                    for (var i = a; i < b; i++)
                    {
                        swx += col.Value[i];
                    }

                    sw2 = sw;
                }

                var mean = swx / sw;
                fit.Value[c][s] = mean;
                if (errorVariance is not null)
                {
                    fit.StandardError[c][s] = Math.Sqrt(1 / precision);
                }
                else
                {
                    var ss = 0.0;
                    for (var i = a; i < b; i++)
                    {
                        ss += (col.Value[i] - mean) * (col.Value[i] - mean);
                    }

                    var effective = sw * sw / sw2;
                    fit.StandardError[c][s] = Math.Sqrt(Estimators.StabilizedVariance(ss, b - a, pooled) / effective);
                }
            }
        }

        return fit;
    }
}
