namespace PeerLearning.Assessment.Aggregation;

/// <summary>Means of a normal variable known to lie beyond a bound: for scores given at the end of a scale.</summary>
internal static class TruncatedNormal
{
    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// E[X | X ≥ bound] for X ~ N(mean, sd²) when <paramref name="upper"/>, else E[X | X ≤ bound]: a score at the top of
    /// the scale says the reviewer's judgement was at least that high (the scale cut it off).
    /// </summary>
    public static double Mean(double mean, double sd, double bound, bool upper)
    {
        if (!(sd > 0))
        {
            return bound;
        }

        // By symmetry the lower case is the upper case mirrored.
        var alpha = upper ? (bound - mean) / sd : (mean - bound) / sd;
        var shift = sd * InverseMillsRatio(alpha);
        return upper ? Math.Max(mean + shift, bound) : Math.Min(mean - shift, bound);
    }

    /// <summary>φ(α) / (1 − Φ(α)), computed without underflow for large α (erfc in the Chebyshev form of Numerical Recipes, relative error below 1.2e-7).</summary>
    internal static double InverseMillsRatio(double alpha)
    {
        var z = Math.Abs(alpha) / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        if (alpha >= 0)
        {
            // erfc(z) = t·exp(−z² + poly) and φ(α) = exp(−z²)/√(2π): the exponentials cancel.
            return 2 * InverseSqrtTwoPi / (t * Math.Exp(poly));
        }

        var upperTail = 1 - (0.5 * t * Math.Exp((-z * z) + poly));
        return InverseSqrtTwoPi * Math.Exp(-z * z) / upperTail;
    }
}
