using PeerLearning.Assessment.Aggregation;

namespace PeerLearning.Assessment.Tests.Aggregation;

public sealed class TruncatedNormalTests
{
    [Theory]
    [InlineData(0.0, 0.7978845608)] // φ(0) / (1 − Φ(0)) = 2φ(0)
    [InlineData(1.0, 1.5251352761)]
    [InlineData(-1.0, 0.2876000386)]
    [InlineData(3.0, 3.2830986286)]
    public void Inverse_mills_ratio_matches_published_values(double alpha, double expected) =>
        Assert.Equal(expected, TruncatedNormal.InverseMillsRatio(alpha), 6);

    [Fact]
    public void Mean_beyond_a_far_bound_stays_finite_and_just_beyond_it()
    {
        // A score at the top of the scale from a reviewer whose expected score is far below it.
        var upper = TruncatedNormal.Mean(mean: 0.2, sd: 0.01, bound: 1, upper: true);
        Assert.InRange(upper, 1, 1.001);
        var lower = TruncatedNormal.Mean(mean: 0.5, sd: 0.1, bound: 0, upper: false);
        Assert.InRange(lower, -0.04, 0);
        Assert.Equal(0.5 + (0.1 * 0.7978845608), TruncatedNormal.Mean(0.5, 0.1, 0.5, upper: true), 6);
    }
}
