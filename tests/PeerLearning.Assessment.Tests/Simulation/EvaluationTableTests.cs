using System.Globalization;
using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Simulation;
using Xunit.Abstractions;

namespace PeerLearning.Assessment.Tests.Simulation;

public sealed class EvaluationTableTests(ITestOutputHelper output)
{
    [Fact]
    public void Bias_and_reliability_models_beat_mean_and_median_on_biased_unreliable_reviewers()
    {
        // Default simulation: 10% harsh, 10% lenient, 5% random, 5% flat reviewers, log-normal noise, 10% missing reviews.
        var methods = AggregationMethods.All.Where(m => m != AggregationMethods.Pg1Gibbs).Select(GradeAggregators.Get).ToList();
        var table = AggregationEvaluation.Evaluate(methods, new SimulationOptions { Submissions = 300, Seed = 1000 }, rounds: 4);
        foreach (var row in table)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Method,-22} RMSE {row.Rmse,6:0.00}  MAE {row.Mae,6:0.00}  ±5 {row.WithinFive,6:P1}  ±10 {row.WithinTen,6:P1}"));
        }

        var byName = table.ToDictionary(r => r.Method);
        foreach (var strong in new[] { AggregationMethods.Pg1, AggregationMethods.ReliabilityWeighted })
        {
            Assert.True(byName[strong].Rmse < byName[AggregationMethods.Mean].Rmse, $"{strong} should beat the mean");
            Assert.True(byName[strong].Rmse < byName[AggregationMethods.Median].Rmse, $"{strong} should beat the median");
        }
    }
}
