namespace PeerLearning.Assessment.Reliability;

/// <summary>
/// Krippendorff's alpha for any number of coders, any level of measurement and missing values
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>Computes alpha from reliability data: one row per unit, one column per coder, NaN where a coder gave no value.</summary>
    /// <param name="units">Values per unit; rows may have different lengths. Units with fewer than two values are not pairable and are ignored.</param>
    /// <param name="level">The level of measurement.</param>
    /// <returns>Alpha: 1 for perfect agreement, 0 for agreement at chance, below 0 for systematic disagreement.</returns>
    /// <exception cref="ArgumentException">There are no pairable values or all values are equal (alpha undefined).</exception>
    public static double Compute(IReadOnlyList<IReadOnlyList<double>> units, LevelOfMeasurement level)
    {
        ArgumentNullException.ThrowIfNull(units);
        var values = new SortedSet<double>();
        foreach (var unit in units)
        {
            var present = unit.Count(v => !double.IsNaN(v));
            if (present >= 2)
            {
                foreach (var v in unit)
                {
                    if (!double.IsNaN(v))
                    {
                        values.Add(v);
                    }
                }
            }
        }

        var distinct = values.ToArray();
        var v0 = distinct.Length;
        if (v0 == 0)
        {
            throw new ArgumentException("no unit has two or more values; alpha is undefined", nameof(units));
        }

        var index = new Dictionary<double, int>(v0);
        for (var i = 0; i < v0; i++)
        {
            index[distinct[i]] = i;
        }

        // Coincidence matrix: o[c,k] = Σ_u (pairs c-k in u) / (m_u - 1).
        var o = new double[v0, v0];
        var counts = new int[v0];
        foreach (var unit in units)
        {
            var m = unit.Count(v => !double.IsNaN(v));
            if (m < 2)
            {
                continue;
            }

            Array.Clear(counts);
            foreach (var v in unit)
            {
                if (!double.IsNaN(v))
                {
                    counts[index[v]]++;
                }
            }

            for (var c = 0; c < v0; c++)
            {
                if (counts[c] == 0)
                {
                    continue;
                }

                for (var k = 0; k < v0; k++)
                {
                    if (counts[k] == 0)
                    {
                        continue;
                    }

                    var pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                    o[c, k] += pairs / (double)(m - 1);
                }
            }
        }

        var marginal = new double[v0];
        var n = 0.0;
        for (var c = 0; c < v0; c++)
        {
            for (var k = 0; k < v0; k++)
            {
                marginal[c] += o[c, k];
            }

            n += marginal[c];
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < v0; c++)
        {
            for (var k = 0; k < v0; k++)
            {
                if (c == k)
                {
                    continue;
                }

                var delta = Distance(level, distinct, marginal, c, k);
                observed += o[c, k] * delta;
                expected += marginal[c] * marginal[k] * delta;
            }
        }

        if (expected == 0)
        {
            throw new ArgumentException("all pairable values are equal; alpha is undefined", nameof(units));
        }

        return 1 - ((n - 1) * observed / expected);
    }

    private static double Distance(LevelOfMeasurement level, double[] values, double[] marginal, int c, int k)
    {
        switch (level)
        {
            case LevelOfMeasurement.Nominal:
                return 1;
            case LevelOfMeasurement.Ordinal:
                {
                    var lo = Math.Min(c, k);
                    var hi = Math.Max(c, k);
                    var sum = 0.0;
                    for (var g = lo; g <= hi; g++)
                    {
                        sum += marginal[g];
                    }

                    sum -= (marginal[lo] + marginal[hi]) / 2;
                    return sum * sum;
                }

            case LevelOfMeasurement.Interval:
                {
                    var d = values[c] - values[k];
                    return d * d;
                }

            case LevelOfMeasurement.Ratio:
                {
                    var s = values[c] + values[k];
                    var d = s == 0 ? 0 : (values[c] - values[k]) / s;
                    return d * d;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level of measurement");
        }
    }
}
