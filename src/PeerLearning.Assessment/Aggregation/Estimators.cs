namespace PeerLearning.Assessment.Aggregation;

/// <summary>Small statistics the methods share.</summary>
internal static class Estimators
{
    /// <summary>Pooled within-submission variance of a column (scaled units); a wide default when nothing can be pooled.</summary>
    public static double PooledVariance(ReviewTable.Column col)
    {
        double ss = 0;
        var df = 0;
        for (var s = 0; s + 1 < col.SubStart.Length; s++)
        {
            int a = col.SubStart[s], b = col.SubStart[s + 1];
            var n = b - a;
            if (n < 2)
            {
                continue;
            }

            var mean = 0.0;
            for (var i = a; i < b; i++)
            {
                mean += col.Value[i];
            }

            mean /= n;
            for (var i = a; i < b; i++)
            {
                ss += (col.Value[i] - mean) * (col.Value[i] - mean);
            }

            df += n - 1;
        }

        return df > 0 ? Math.Max(ss / df, 1e-6) : 1.0 / 16;
    }

    /// <summary>A submission's sample variance pulled toward the pooled variance by two pseudo-observations.</summary>
    public static double StabilizedVariance(double sumSquares, int n, double pooled) =>
        (sumSquares + (2 * pooled)) / (Math.Max(n - 1, 0) + 2);

    public static double Median(Span<double> values)
    {
        values.Sort();
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }

    /// <summary>Sum of squared deviations from the mean of a slice.</summary>
    public static (double Mean, double SumSquares) MeanAndSumSquares(ReadOnlySpan<double> values)
    {
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var ss = 0.0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, ss);
    }
}
