using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Simulation;
using Xunit.Abstractions;

namespace PeerLearning.Assessment.Tests.Aggregation;

public sealed class GradeUncertaintyTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(AggregationMethods.Pg1, 3)]
    [InlineData(AggregationMethods.Pg1Gibbs, 1)]
    public void Pg1_intervals_of_1_96_standard_errors_cover_about_95_percent_of_true_grades(string method, int rounds) =>
        Assert.InRange(Coverage(method, rounds), 0.85, 0.99);

    /// <summary>
    /// The simple methods have no bias model, but their grade error still counts what criteria share (the round's pooled
    /// correlation between criteria). Summed as if independent they covered 74% (mean), 81% (reliability-weighted), 86% (median).
    /// </summary>
    [Theory]
    [InlineData(AggregationMethods.Mean)]
    [InlineData(AggregationMethods.Median)]
    [InlineData(AggregationMethods.ReliabilityWeighted)]
    public void Simple_methods_intervals_count_errors_the_criteria_share(string method) =>
        Assert.InRange(Coverage(method, 3), 0.88, 0.99);

    private double Coverage(string method, int rounds)
    {
        // The default simulation (harsh, lenient, random and flat reviewers, missing reviews, whole points), with seeds
        // the evaluation harness does not use; nothing here was tuned on these rounds.
        int inside = 0, total = 0;
        double squares = 0, errors = 0;
        for (var seed = 31_000; seed < 31_000 + rounds; seed++)
        {
            var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Submissions = 1000, Seed = seed });
            foreach (var grade in GradeAggregators.Get(method).Aggregate(simulated.Round, AggregationOptions.Default).Grades)
            {
                if (grade is not { Grade: { } g, StandardError: { } se, Source: GradeSource.Peers })
                {
                    continue;
                }

                var error = g - simulated.TrueGrades[grade.SubmissionId];
                inside += Math.Abs(error) <= 1.96 * se ? 1 : 0;
                squares += error * error;
                errors += se;
                total++;
            }
        }

        var coverage = (double)inside / total;
        output.WriteLine(FormattableString.Invariant($"{method}: coverage {coverage:P1} of {total}; RMSE {Math.Sqrt(squares / total):0.00}, mean standard error {errors / total:0.00}"));
        return coverage;
    }
}
