using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Quality;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;
using PeerLearning.Assessment.Simulation;

namespace PeerLearning.Assessment.Tests.Quality;

public sealed class ReviewerQualityTests
{
    private static readonly Rubric OneCriterion = new()
    {
        Id = "r",
        Mode = ScoringMode.WeightedPercentage,
        Criteria = [new RubricCriterion { Id = "a", MaxPoints = 10 }],
    };

    private static Review R(string sub, string reviewer, double a, double? helpful = null) => new()
    {
        Id = $"{sub}-{reviewer}",
        SubmissionId = sub,
        ReviewerId = reviewer,
        Scores = new Dictionary<string, double> { ["a"] = a },
        Helpfulness = helpful,
    };

    [Fact]
    public void Moodle_comparison_with_the_best_assessment_matches_a_hand_computed_case()
    {
        // Normalised 20, 40, 90: average 50, population variance 866.67; the best is 40 (distance 10³/(5·866.67)).
        // Distance to the best: 20 → 20³/4333.33 = 1.846154; 40 → 0; 90 → 50³/4333.33 = 28.846154.
        var round = new PeerAssessment
        {
            Rubric = OneCriterion,
            Submissions = [new Submission { Id = "s" }],
            Reviews = [R("s", "x", 2), R("s", "y", 4), R("s", "z", 9)],
        };
        var consensus = GradeAggregators.Get("mean").Aggregate(round, AggregationOptions.Default);
        var quality = ReviewerQualityAnalyzer.Analyze(round, consensus).ToDictionary(q => q.ReviewerId);
        Assert.Equal(100 - (8000 / 4333.333333333333), quality["x"].MoodleBestGrade!.Value, 6);
        Assert.Equal(100, quality["y"].MoodleBestGrade!.Value, 6);
        Assert.Equal(100 - (125000 / 4333.333333333333), quality["z"].MoodleBestGrade!.Value, 6);
    }

    [Fact]
    public void Consensus_and_crowdgrader_grades_follow_their_formulas_and_flat_raters_get_zero()
    {
        var submissions = Enumerable.Range(0, 4).Select(i => new Submission { Id = $"s{i}" }).ToList();
        var reviews = new List<Review>();
        for (var i = 0; i < 4; i++)
        {
            reviews.Add(R($"s{i}", "good", 2 + (2 * i), helpful: 5));
            reviews.Add(R($"s{i}", "good2", 2 + (2 * i)));
            reviews.Add(R($"s{i}", "flat", 7, helpful: 2));
        }

        var round = new PeerAssessment { Rubric = OneCriterion, Submissions = submissions, Reviews = reviews };
        var consensus = GradeAggregators.Get("median").Aggregate(round, AggregationOptions.Default);
        var quality = ReviewerQualityAnalyzer.Analyze(round, consensus).ToDictionary(q => q.ReviewerId);

        // Consensus (median) equals the good reviewers' grades 20, 40, 60, 80.
        Assert.Equal(100, quality["good"].ConsensusGrade!.Value, 9);
        Assert.Equal(100, quality["good"].CrowdGraderGrade!.Value, 9);
        Assert.False(quality["good"].IsFlatRater);
        Assert.Equal(5, quality["good"].Helpfulness);

        // Flat rater gives 70 everywhere: |70-20|=50, 30, 10, 10 → mean 25; CrowdGrader p=30: (0 + 0 + 20 + 20)/30/4 → 33.33.
        var flat = quality["flat"];
        Assert.True(flat.IsFlatRater);
        Assert.Equal(75, flat.ConsensusGrade!.Value, 9);
        Assert.Equal(100 * 40.0 / 30 / 4, flat.CrowdGraderGrade!.Value, 9);
        Assert.Equal(0, flat.ReviewingGrade);
        Assert.Equal(20, flat.Bias!.Value, 9);
        Assert.Equal(4, flat.HelpfulnessRatings);
        Assert.Equal(2, flat.Helpfulness);
    }

    [Fact]
    public void Harsh_and_lenient_simulated_reviewers_get_negative_and_positive_bias()
    {
        var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Submissions = 200, Seed = 21 });
        var consensus = GradeAggregators.Get("pg1").Aggregate(simulated.Round, AggregationOptions.Default);
        var quality = ReviewerQualityAnalyzer.Analyze(simulated.Round, consensus).ToDictionary(q => q.ReviewerId);
        var harsh = simulated.Reviewers.Where(r => r.Behavior == ReviewerBehavior.Harsh).Select(r => quality[r.ReviewerId].Bias!.Value).Average();
        var lenient = simulated.Reviewers.Where(r => r.Behavior == ReviewerBehavior.Lenient).Select(r => quality[r.ReviewerId].Bias!.Value).Average();
        Assert.InRange(harsh, -30, -10);
        Assert.InRange(lenient, 10, 30);
        var flats = simulated.Reviewers.Where(r => r.Behavior == ReviewerBehavior.Flat).Select(r => quality[r.ReviewerId]).ToList();
        Assert.All(flats.Where(f => f.ReviewCount >= 3), f => Assert.True(f.IsFlatRater));
    }
}
