using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Aggregation;

public sealed class PeerRankTests
{
    // Three learners, each reviewing the other two on one 0–10 criterion. Learner 3's own work is weak but they
    // grade in line with everyone else; A[grader][author] on 0–1.
    private static readonly double[,] Given =
    {
        { double.NaN, 0.8, 0.4 },
        { 0.7, double.NaN, 0.5 },
        { 0.7, 0.8, double.NaN },
    };

    private static PeerAssessment Round()
    {
        var reviews = new List<Review>();
        for (var grader = 0; grader < 3; grader++)
        {
            for (var author = 0; author < 3; author++)
            {
                if (grader != author)
                {
                    reviews.Add(new Review
                    {
                        Id = $"r{grader}{author}",
                        SubmissionId = $"s{author}",
                        ReviewerId = $"u{grader}",
                        Scores = new Dictionary<string, double> { ["q"] = 10 * Given[grader, author] },
                    });
                }
            }
        }

        return new PeerAssessment
        {
            Rubric = new Rubric { Id = "r", Mode = ScoringMode.WeightedPercentage, Criteria = [new RubricCriterion { Id = "q", MaxPoints = 10 }] },
            Submissions = [.. Enumerable.Range(0, 3).Select(i => new Submission { Id = $"s{i}", AuthorIds = [$"u{i}"] })],
            Reviews = reviews,
        };
    }

    /// <summary>Walsh's update for every agent: (1 − α − β)Xᵢ + α Σⱼ XⱼAⱼᵢ / Σⱼ Xⱼ + β (1 − mean_j |Aᵢⱼ − Xⱼ|), over the graders of i and the grades i gave.</summary>
    private static double[] Update(double[] x, double alpha, double beta)
    {
        var next = new double[3];
        for (var i = 0; i < 3; i++)
        {
            double weighted = 0, weights = 0, error = 0;
            var given = 0;
            for (var j = 0; j < 3; j++)
            {
                if (!double.IsNaN(Given[j, i]))
                {
                    weighted += x[j] * Given[j, i];
                    weights += x[j];
                }

                if (!double.IsNaN(Given[i, j]))
                {
                    error += Math.Abs(Given[i, j] - x[j]);
                    given++;
                }
            }

            next[i] = ((1 - alpha - beta) * x[i]) + (alpha * weighted / weights) + (beta * (1 - (error / given)));
        }

        return next;
    }

    private static double[] Grades(double alpha, double beta) =>
        GradeAggregators.Get(AggregationMethods.PeerRank)
            .Aggregate(Round(), new AggregationOptions { PeerRankDamping = alpha, PeerRankAccuracyWeight = beta })
            .Grades.Select(g => g.Criteria[0].Points!.Value / 10).ToArray();

    [Theory]
    [InlineData(0.3, 0.2)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.1, 0.1)]
    public void Returned_grades_are_a_fixed_point_of_walshs_update(double alpha, double beta)
    {
        var x = Grades(alpha, beta);
        var next = Update(x, alpha, beta);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(next[i] - x[i]) < 1e-9, $"agent {i}: {x[i]} -> {next[i]}");
        }

        // The same point the definition reaches by plain iteration from the mean of the grades received.
        var oracle = new[] { 0.7, 0.8, 0.45 };
        for (var step = 0; step < 10_000; step++)
        {
            oracle = Update(oracle, alpha, beta);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(oracle[i], x[i], 9);
        }
    }

    [Fact]
    public void Accuracy_term_raises_an_accurate_grader_with_weak_work()
    {
        var plain = Grades(0.3, 0);
        var withAccuracy = Grades(0.3, 0.2);
        Assert.True(withAccuracy[2] > plain[2] + 0.05, $"{plain[2]} -> {withAccuracy[2]}");
    }

    [Fact]
    public void Accuracy_weight_with_alpha_above_one_is_rejected()
    {
        var problems = new AggregationOptions { PeerRankDamping = 0.8, PeerRankAccuracyWeight = 0.3 }.Validate();
        Assert.Contains(problems, p => p.Field == "peerRankAccuracyWeight");
    }
}
