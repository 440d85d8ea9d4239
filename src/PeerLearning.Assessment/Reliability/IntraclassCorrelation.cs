namespace PeerLearning.Assessment.Reliability;

/// <summary>
/// Intraclass correlations ICC(1,1), ICC(2,1), ICC(3,1) and their average-measure forms from the mean squares
/// of a targets × judges analysis of variance (Shrout and Fleiss 1979), with F tests.
/// </summary>
public sealed class IntraclassCorrelation
{
    private IntraclassCorrelation(int targets, int judges, double bms, double wms, double jms, double ems)
    {
        Targets = targets;
        Judges = judges;
        BetweenTargetsMeanSquare = bms;
        WithinTargetsMeanSquare = wms;
        BetweenJudgesMeanSquare = jms;
        ResidualMeanSquare = ems;
    }

    /// <summary>The number of targets (n).</summary>
    public int Targets { get; }

    /// <summary>The number of judges (k).</summary>
    public int Judges { get; }

    /// <summary>BMS: between-targets mean square.</summary>
    public double BetweenTargetsMeanSquare { get; }

    /// <summary>WMS: within-targets mean square.</summary>
    public double WithinTargetsMeanSquare { get; }

    /// <summary>JMS: between-judges mean square.</summary>
    public double BetweenJudgesMeanSquare { get; }

    /// <summary>EMS: residual mean square.</summary>
    public double ResidualMeanSquare { get; }

    /// <summary>Analyses complete ratings: one row per target, one column per judge.</summary>
    /// <param name="ratings">Targets × judges; every row the same length, no missing values.</param>
    /// <returns>The analysis, from which each form is read with <see cref="Get"/>.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 targets or judges, ragged rows or non-finite values.</exception>
    public static IntraclassCorrelation Compute(IReadOnlyList<IReadOnlyList<double>> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var n = ratings.Count;
        if (n < 2)
        {
            throw new ArgumentException("at least two targets are needed", nameof(ratings));
        }

        var k = ratings[0].Count;
        if (k < 2)
        {
            throw new ArgumentException("at least two judges are needed", nameof(ratings));
        }

        var grand = 0.0;
        var rowMeans = new double[n];
        var colMeans = new double[k];
        for (var i = 0; i < n; i++)
        {
            if (ratings[i].Count != k)
            {
                throw new ArgumentException($"target {i} has {ratings[i].Count} ratings; every target needs {k}", nameof(ratings));
            }

            for (var j = 0; j < k; j++)
            {
                var x = ratings[i][j];
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"target {i}, judge {j}: rating must be a finite number", nameof(ratings));
                }

                rowMeans[i] += x / k;
                colMeans[j] += x / n;
                grand += x / (n * k);
            }
        }

        double ssTotal = 0, ssRows = 0, ssCols = 0;
        for (var i = 0; i < n; i++)
        {
            ssRows += k * (rowMeans[i] - grand) * (rowMeans[i] - grand);
            for (var j = 0; j < k; j++)
            {
                var d = ratings[i][j] - grand;
                ssTotal += d * d;
            }
        }

        for (var j = 0; j < k; j++)
        {
            ssCols += n * (colMeans[j] - grand) * (colMeans[j] - grand);
        }

        var ssWithin = ssTotal - ssRows;
        var ssError = ssWithin - ssCols;
        return new IntraclassCorrelation(
            n,
            k,
            ssRows / (n - 1),
            ssWithin / (n * (k - 1)),
            ssCols / (k - 1),
            ssError / ((n - 1) * (k - 1)));
    }

    /// <summary>One form with its F test.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The coefficient and test.</returns>
    public IccResult Get(IccForm form)
    {
        double n = Targets, k = Judges;
        double bms = BetweenTargetsMeanSquare, wms = WithinTargetsMeanSquare, jms = BetweenJudgesMeanSquare, ems = ResidualMeanSquare;
        var (value, f, df1, df2) = form switch
        {
            IccForm.OneWayRandomSingle => ((bms - wms) / (bms + ((k - 1) * wms)), bms / wms, n - 1, n * (k - 1)),
            IccForm.TwoWayRandomSingle => ((bms - ems) / (bms + ((k - 1) * ems) + (k * (jms - ems) / n)), bms / ems, n - 1, (n - 1) * (k - 1)),
            IccForm.TwoWayMixedSingle => ((bms - ems) / (bms + ((k - 1) * ems)), bms / ems, n - 1, (n - 1) * (k - 1)),
            IccForm.OneWayRandomAverage => ((bms - wms) / bms, bms / wms, n - 1, n * (k - 1)),
            IccForm.TwoWayRandomAverage => ((bms - ems) / (bms + ((jms - ems) / n)), bms / ems, n - 1, (n - 1) * (k - 1)),
            IccForm.TwoWayMixedAverage => ((bms - ems) / bms, bms / ems, n - 1, (n - 1) * (k - 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "unknown ICC form"),
        };
        return new IccResult(form, value, f, df1, df2, FDistribution.UpperTail(f, df1, df2));
    }

    /// <summary>All six forms.</summary>
    /// <returns>ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k).</returns>
    public IReadOnlyList<IccResult> All() => Enum.GetValues<IccForm>().Select(Get).ToList();
}
