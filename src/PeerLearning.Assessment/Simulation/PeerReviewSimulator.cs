using System.Globalization;
using PeerLearning.Assessment.Randomness;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Simulation;

/// <summary>Draws peer-review rounds with known true grades, for evaluating aggregation methods. Deterministic for a seed.</summary>
public static class PeerReviewSimulator
{
    private const double MaxPoints = 10;

    /// <summary>Simulates one round.</summary>
    /// <param name="options">The distributions and seed.</param>
    /// <returns>The round and its truth.</returns>
    /// <exception cref="PeerLearningValidationException">The options are invalid.</exception>
    public static SimulatedRound Simulate(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerLearningValidationException.ThrowIfAny(options.Validate());
        var random = new DeterministicRandom(options.Seed);
        var n = options.Submissions;
        var rubric = new Rubric
        {
            Id = "simulated",
            Title = "Simulated rubric",
            Mode = ScoringMode.WeightedPercentage,
            Criteria = Enumerable.Range(1, options.Criteria)
                .Select(c => new RubricCriterion { Id = $"c{c}", Description = $"Criterion {c}", MaxPoints = MaxPoints })
                .ToList(),
        };

        var reviewers = new SimulatedReviewer[n];
        for (var i = 0; i < n; i++)
        {
            var u = random.NextDouble();
            var behavior =
                u < options.HarshShare ? ReviewerBehavior.Harsh :
                u < options.HarshShare + options.LenientShare ? ReviewerBehavior.Lenient :
                u < options.HarshShare + options.LenientShare + options.RandomShare ? ReviewerBehavior.Random :
                u < options.HarshShare + options.LenientShare + options.RandomShare + options.FlatShare ? ReviewerBehavior.Flat :
                ReviewerBehavior.Typical;
            var bias = random.NextGaussian(0, options.BiasStandardDeviation) + behavior switch
            {
                ReviewerBehavior.Harsh => -options.StrongBias,
                ReviewerBehavior.Lenient => options.StrongBias,
                _ => 0,
            };
            var noise = options.NoiseMedian * Math.Exp(random.NextGaussian(0, options.NoiseLogSpread));
            if (behavior == ReviewerBehavior.Flat)
            {
                // A flat reviewer's "bias" is the one score they give to everything.
                bias = 0.6 + (0.3 * random.NextDouble());
            }

            reviewers[i] = new SimulatedReviewer(Id("p", i), behavior, bias, noise);
        }

        var submissions = new Submission[n];
        var truePoints = new Dictionary<string, IReadOnlyDictionary<string, double>>(n, StringComparer.Ordinal);
        var trueGrades = new Dictionary<string, double>(n, StringComparer.Ordinal);
        var truth = new double[n][];
        for (var s = 0; s < n; s++)
        {
            var quality = random.NextGaussian(options.TrueScoreMean, options.TrueScoreStandardDeviation);
            truth[s] = new double[options.Criteria];
            var points = new Dictionary<string, double>(options.Criteria, StringComparer.Ordinal);
            for (var c = 0; c < options.Criteria; c++)
            {
                truth[s][c] = Math.Clamp(quality + random.NextGaussian(0, options.CriterionStandardDeviation), 0, 1);
                points[rubric.Criteria[c].Id] = truth[s][c] * MaxPoints;
            }

            submissions[s] = new Submission { Id = Id("s", s), AuthorIds = [Id("p", s)], IsCalibration = s < options.CalibrationItems };
            truePoints[submissions[s].Id] = points;
            trueGrades[submissions[s].Id] = rubric.Score(points) ?? 0;
        }

        // Learner i reviews the submissions k places after them in a seeded circular order: k each, never their own.
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var reviews = new List<Review>(n * options.ReviewsPerSubmission);
        for (var p = 0; p < n; p++)
        {
            var s = order[p];
            for (var j = 1; j <= options.ReviewsPerSubmission; j++)
            {
                var reviewer = reviewers[order[(p + j) % n]];
                if (random.NextDouble() < options.MissingReviewRate)
                {
                    continue;
                }

                var scores = new Dictionary<string, double>(options.Criteria, StringComparer.Ordinal);
                for (var c = 0; c < options.Criteria; c++)
                {
                    var x = reviewer.Behavior switch
                    {
                        ReviewerBehavior.Random => random.NextDouble(),
                        ReviewerBehavior.Flat => reviewer.Bias,
                        _ => truth[s][c] + reviewer.Bias + random.NextGaussian(0, reviewer.NoiseStandardDeviation),
                    };
                    var points = Math.Clamp(x, 0, 1) * MaxPoints;
                    scores[rubric.Criteria[c].Id] = options.WholePoints ? Math.Round(points, MidpointRounding.AwayFromZero) : points;
                }

                reviews.Add(new Review
                {
                    Id = $"r-{submissions[s].Id}-{reviewer.ReviewerId}",
                    SubmissionId = submissions[s].Id,
                    ReviewerId = reviewer.ReviewerId,
                    Scores = scores,
                });
            }
        }

        for (var s = 0; s < options.CalibrationItems; s++)
        {
            reviews.Add(new Review
            {
                Id = $"r-{submissions[s].Id}-expert",
                SubmissionId = submissions[s].Id,
                ReviewerId = "expert",
                Kind = ReviewKind.Expert,
                Scores = truePoints[submissions[s].Id],
            });
        }

        var round = new PeerAssessment { Rubric = rubric, Submissions = submissions, Reviews = reviews };
        return new SimulatedRound(round, trueGrades, truePoints, reviewers);
    }

    private static string Id(string prefix, int i) => prefix + "-" + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
}
