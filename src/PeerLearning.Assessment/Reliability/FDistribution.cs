namespace PeerLearning.Assessment.Reliability;

/// <summary>Tail probabilities of Fisher's F distribution via the regularized incomplete beta function.</summary>
internal static class FDistribution
{
    /// <summary>P(F &gt; f) for F with (d1, d2) degrees of freedom.</summary>
    public static double UpperTail(double f, double d1, double d2)
    {
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0;
        }

        return RegularizedBeta(d2 / (d2 + (d1 * f)), d2 / 2, d1 / 2);
    }

    /// <summary>I_x(a, b), by the continued fraction (modified Lentz) on the side where it converges fast.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        var front = Math.Exp(logFront);
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - (front * ContinuedFraction(1 - x, b, a) / b);
    }

    private static double ContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-15;
        var c = 1.0;
        var d = 1 - ((a + b) * x / (a + 1));
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 500; m++)
        {
            var m2 = 2 * m;
            var numerator = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + (numerator * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (numerator / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + (numerator * d);
            d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + (numerator / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < epsilon)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9).</summary>
    public static double LogGamma(double x)
    {
        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = coefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
        {
            sum += coefficients[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
