namespace PeerLearning.Assessment.Reliability;

/// <summary>Cohen's kappa for two raters who each put the same items into categories.</summary>
public static class CohenKappa
{
    /// <summary>Computes kappa from paired labels.</summary>
    /// <typeparam name="T">The category type.</typeparam>
    /// <param name="first">The first rater's label per item.</param>
    /// <param name="second">The second rater's label per item, same order and length.</param>
    /// <returns>(p_o − p_e) / (1 − p_e).</returns>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or chance agreement is 1.</exception>
    public static double Compute<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count || first.Count == 0)
        {
            throw new ArgumentException("both raters must label the same, non-empty list of items", nameof(second));
        }

        var n = (double)first.Count;
        var firstMargins = new Dictionary<T, int>();
        var secondMargins = new Dictionary<T, int>();
        var agree = 0;
        for (var i = 0; i < first.Count; i++)
        {
            firstMargins[first[i]] = firstMargins.GetValueOrDefault(first[i]) + 1;
            secondMargins[second[i]] = secondMargins.GetValueOrDefault(second[i]) + 1;
            if (EqualityComparer<T>.Default.Equals(first[i], second[i]))
            {
                agree++;
            }
        }

        var observed = agree / n;
        var expected = 0.0;
        foreach (var (category, count) in firstMargins)
        {
            expected += count / n * (secondMargins.GetValueOrDefault(category) / n);
        }

        if (expected >= 1)
        {
            throw new ArgumentException("both raters used one and the same category throughout; kappa is undefined", nameof(second));
        }

        return (observed - expected) / (1 - expected);
    }

    /// <summary>Computes kappa from a square agreement table: cell [i][j] counts items the first rater put in i and the second in j.</summary>
    /// <param name="table">The contingency table.</param>
    /// <returns>Cohen's kappa.</returns>
    public static double FromTable(IReadOnlyList<IReadOnlyList<int>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.Count;
        var n = table.Sum(r => r.Sum());
        if (n == 0 || table.Any(r => r.Count != k))
        {
            throw new ArgumentException("the table must be square and non-empty", nameof(table));
        }

        double observed = 0, expected = 0;
        for (var i = 0; i < k; i++)
        {
            observed += table[i][i] / (double)n;
            var row = table[i].Sum() / (double)n;
            var col = table.Sum(r => r[i]) / (double)n;
            expected += row * col;
        }

        return (observed - expected) / (1 - expected);
    }
}
