using PeerLearning.Assessment.Reliability;

namespace PeerLearning.Assessment.Tests.Reliability;

// Published data sets and the coefficients their sources report.
public sealed class PublishedOracleTests
{
    private const double M = double.NaN;

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: 4 observers × 12 units, with missing values.
    // Rows are units; columns observers A, B, C, D.
    private static readonly double[][] Krippendorff2011 =
    [
        [1, 1, M, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [M, 5, 5, 5],
        [M, M, 1, 1],
        [M, 3, M, M],
    ];

    // Shrout and Fleiss (1979), Table 2: 6 targets × 4 judges.
    private static readonly double[][] ShroutFleiss1979 =
    [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ];

    // Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, counts per diagnosis
    // (depression, personality disorder, schizophrenia, neurosis, other).
    private static readonly int[][] Fleiss1971 =
    [
        [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
        [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
        [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
        [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
        [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
        [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
    ];

    [Theory]
    [InlineData(LevelOfMeasurement.Nominal, 0.743421)]
    [InlineData(LevelOfMeasurement.Ordinal, 0.815388)]
    [InlineData(LevelOfMeasurement.Interval, 0.849107)]
    [InlineData(LevelOfMeasurement.Ratio, 0.797403)]
    public void Krippendorff_alpha_matches_the_2011_worked_example(LevelOfMeasurement level, double expected)
    {
        Assert.Equal(expected, KrippendorffAlpha.Compute(Krippendorff2011, level), 6);
    }

    [Fact]
    public void Krippendorff_alpha_ignores_the_order_of_coders_and_units()
    {
        var shuffled = Krippendorff2011.Reverse().Select(r => (IReadOnlyList<double>)r.Reverse().ToArray()).ToList();
        foreach (var level in Enum.GetValues<LevelOfMeasurement>())
        {
            Assert.Equal(KrippendorffAlpha.Compute(Krippendorff2011, level), KrippendorffAlpha.Compute(shuffled, level), 12);
        }
    }

    [Fact]
    public void Krippendorff_alpha_is_one_for_perfect_agreement()
    {
        double[][] data = [[1, 1, 1], [2, 2, M], [5, 5, 5]];
        Assert.Equal(1, KrippendorffAlpha.Compute(data, LevelOfMeasurement.Interval), 12);
    }

    [Theory]
    [InlineData(IccForm.OneWayRandomSingle, 0.165742)]
    [InlineData(IccForm.TwoWayRandomSingle, 0.289764)]
    [InlineData(IccForm.TwoWayMixedSingle, 0.714841)]
    [InlineData(IccForm.OneWayRandomAverage, 0.442797)]
    [InlineData(IccForm.TwoWayRandomAverage, 0.620051)]
    [InlineData(IccForm.TwoWayMixedAverage, 0.909316)]
    public void Icc_matches_Shrout_and_Fleiss_1979(IccForm form, double expected)
    {
        var icc = IntraclassCorrelation.Compute(ShroutFleiss1979);
        Assert.Equal(expected, icc.Get(form).Value, 6);
    }

    [Fact]
    public void Icc_mean_squares_and_F_tests_match_Shrout_and_Fleiss_1979()
    {
        var icc = IntraclassCorrelation.Compute(ShroutFleiss1979);
        Assert.Equal(11.24, icc.BetweenTargetsMeanSquare, 2);
        Assert.Equal(6.26, icc.WithinTargetsMeanSquare, 2);
        Assert.Equal(32.49, icc.BetweenJudgesMeanSquare, 2);
        Assert.Equal(1.02, icc.ResidualMeanSquare, 2);
        var one = icc.Get(IccForm.OneWayRandomSingle);
        Assert.InRange(one.F, 1.79, 1.80);
        Assert.InRange(icc.Get(IccForm.TwoWayMixedSingle).F, 11.0, 11.1);
        Assert.Equal((5, 18), (one.NumeratorDegreesOfFreedom, one.DenominatorDegreesOfFreedom));
        var two = icc.Get(IccForm.TwoWayRandomSingle);
        Assert.Equal((5, 15), (two.NumeratorDegreesOfFreedom, two.DenominatorDegreesOfFreedom));
        Assert.InRange(two.PValue, 0, 0.001);
        Assert.InRange(one.PValue, 0.1, 0.25);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.7)]
    public void F_upper_tail_is_exact_for_two_and_two_degrees_of_freedom(double f)
    {
        Assert.Equal(1 / (1 + f), FDistribution.UpperTail(f, 2, 2), 12);
    }

    [Fact]
    public void Regularized_beta_matches_closed_forms()
    {
        Assert.Equal(0.3, FDistribution.RegularizedBeta(0.3, 1, 1), 12);
        Assert.Equal(1 - Math.Pow(1 - 0.3, 4), FDistribution.RegularizedBeta(0.3, 1, 4), 12);
        Assert.Equal(Math.Pow(0.8, 3), FDistribution.RegularizedBeta(0.8, 3, 1), 12);
    }

    [Fact]
    public void Fleiss_kappa_matches_Fleiss_1971()
    {
        var result = FleissKappa.Compute(Fleiss1971);
        Assert.Equal(0.430245, result.Kappa, 6);
        Assert.Equal(17.7, result.Z, 1);
        Assert.Equal(30, result.Subjects);
        Assert.Equal(6, result.RatersPerSubject);
    }

    [Fact]
    public void Cohen_kappa_matches_the_textbook_two_by_two_example()
    {
        // 50 items: both yes 20, first yes second no 5, first no second yes 10, both no 15 → p_o 0.7, p_e 0.5.
        int[][] table = [[20, 5], [10, 15]];
        Assert.Equal(0.4, CohenKappa.FromTable(table), 6);
        var first = Enumerable.Repeat("yes", 25).Concat(Enumerable.Repeat("no", 25)).ToArray();
        var second = Enumerable.Repeat("yes", 20).Concat(Enumerable.Repeat("no", 5)).Concat(Enumerable.Repeat("yes", 10)).Concat(Enumerable.Repeat("no", 15)).ToArray();
        Assert.Equal(0.4, CohenKappa.Compute(first, second), 6);
    }

    [Fact]
    public void Fleiss_kappa_with_two_raters_is_close_to_scott_pi_and_rejects_ragged_rows()
    {
        int[][] ragged = [[1, 1], [2, 1]];
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute(ragged));
    }
}
