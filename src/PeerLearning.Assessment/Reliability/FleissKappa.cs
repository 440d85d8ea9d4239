namespace PeerLearning.Assessment.Reliability;

/// <summary>Fleiss' kappa for a fixed number of raters per subject (Fleiss 1971), with the large-sample z test of Fleiss, Nee and Landis (1979).</summary>
/// <param name="Kappa">The agreement beyond chance.</param>
/// <param name="StandardErrorUnderNull">The standard error of kappa when true kappa is 0.</param>
/// <param name="Z">Kappa divided by that standard error.</param>
/// <param name="Subjects">The number of subjects.</param>
/// <param name="RatersPerSubject">The number of raters per subject.</param>
public sealed record FleissKappa(double Kappa, double StandardErrorUnderNull, double Z, int Subjects, int RatersPerSubject)
{
    /// <summary>Computes kappa from counts: one row per subject, one column per category, each cell the number of raters who chose it.</summary>
    /// <param name="counts">Subjects × categories; every row sums to the same number of raters (at least 2).</param>
    /// <returns>Kappa and its test.</returns>
    /// <exception cref="ArgumentException">Rows differ in their number of raters or fewer than 2 raters.</exception>
    public static FleissKappa Compute(IReadOnlyList<IReadOnlyList<int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            throw new ArgumentException("at least one subject is needed", nameof(counts));
        }

        var categories = counts[0].Count;
        var raters = counts[0].Sum();
        if (raters < 2)
        {
            throw new ArgumentException("at least two raters per subject are needed", nameof(counts));
        }

        var subjects = counts.Count;
        var p = new double[categories];
        var meanAgreement = 0.0;
        for (var i = 0; i < subjects; i++)
        {
            var row = counts[i];
            if (row.Count != categories || row.Sum() != raters || row.Any(c => c < 0))
            {
                throw new ArgumentException($"subject {i} must have {categories} non-negative counts summing to {raters}", nameof(counts));
            }

            var squares = 0.0;
            for (var j = 0; j < categories; j++)
            {
                squares += (double)row[j] * row[j];
                p[j] += row[j] / ((double)subjects * raters);
            }

            meanAgreement += (squares - raters) / (raters * (raters - 1.0)) / subjects;
        }

        double chance = 0, pq = 0, pqqp = 0;
        foreach (var pj in p)
        {
            chance += pj * pj;
            pq += pj * (1 - pj);
            pqqp += pj * (1 - pj) * (1 - pj - pj);
        }

        var kappa = (meanAgreement - chance) / (1 - chance);
        var variance = 2 / (subjects * raters * (raters - 1.0)) * ((pq * pq) - pqqp) / (pq * pq);
        var se = Math.Sqrt(variance);
        return new FleissKappa(kappa, se, kappa / se, subjects, raters);
    }
}
