using System.Globalization;
using PeerLearning.Assessment.Assignment;
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
        var rubric = SimulatedRubric(options.Criteria);
        var reviewers = new SimulatedReviewer[n];
        for (var i = 0; i < n; i++)
        {
            reviewers[i] = DrawReviewer(random, options, Id("p", i));
        }

        var submissions = new Submission[n];
        var truePoints = new Dictionary<string, IReadOnlyDictionary<string, double>>(n, StringComparer.Ordinal);
        var trueGrades = new Dictionary<string, double>(n, StringComparer.Ordinal);
        var truth = new double[n][];
        for (var s = 0; s < n; s++)
        {
            submissions[s] = new Submission { Id = Id("s", s), AuthorIds = [Id("p", s)], IsCalibration = s < options.CalibrationItems };
            truth[s] = DrawTruth(random, options);
            truePoints[submissions[s].Id] = Points(rubric, truth[s]);
            trueGrades[submissions[s].Id] = rubric.Score(truePoints[submissions[s].Id]) ?? 0;
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
                if (DrawReview(random, options, rubric, reviewers[order[(p + j) % n]], truth[s], submissions[s].Id) is { } review)
                {
                    reviews.Add(review);
                }
            }
        }

        AddExpertReviews(reviews, submissions, truePoints, options.CalibrationItems);
        var round = new PeerAssessment { Rubric = rubric, Submissions = submissions, Reviews = reviews };
        return new SimulatedRound(round, trueGrades, truePoints, reviewers);
    }

    /// <summary>
    /// Simulates the reviews of a given assignment: each assigned reviewer reviews their submission (or, at the missing
    /// rate, never does). Reviewers' traits are drawn in order of first appearance in <paramref name="assignments"/>, true
    /// scores in the order of <paramref name="submissions"/>; the first <see cref="SimulationOptions.CalibrationItems"/>
    /// submissions become calibration items. <see cref="SimulationOptions.Submissions"/> and
    /// <see cref="SimulationOptions.ReviewsPerSubmission"/> are not used.
    /// </summary>
    /// <param name="options">The distributions and seed.</param>
    /// <param name="submissions">The submissions (ids, authors and groups are kept).</param>
    /// <param name="assignments">Who reviews what.</param>
    /// <returns>The round and its truth.</returns>
    /// <exception cref="PeerLearningValidationException">The options are invalid or an assignment names an unknown submission.</exception>
    public static SimulatedRound Simulate(SimulationOptions options, IReadOnlyList<Submission> submissions, IReadOnlyList<ReviewAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(assignments);
        var problems = (options with { Submissions = Math.Max(submissions.Count, 2), ReviewsPerSubmission = 1 }).Validate().ToList();
        var index = new Dictionary<string, int>(submissions.Count, StringComparer.Ordinal);
        for (var s = 0; s < submissions.Count; s++)
        {
            if (!index.TryAdd(submissions[s].Id, s))
            {
                problems.Add(new ValidationProblem(submissions[s].Id, "submissions[" + s.ToString(CultureInfo.InvariantCulture) + "].id", "duplicate submission id"));
            }
        }

        for (var a = 0; a < assignments.Count; a++)
        {
            if (!index.ContainsKey(assignments[a].SubmissionId))
            {
                problems.Add(new ValidationProblem(assignments[a].SubmissionId, "assignments[" + a.ToString(CultureInfo.InvariantCulture) + "].submissionId", "unknown submission"));
            }
        }

        PeerLearningValidationException.ThrowIfAny(problems);
        var random = new DeterministicRandom(options.Seed);
        var rubric = SimulatedRubric(options.Criteria);
        var reviewers = new List<SimulatedReviewer>();
        var reviewerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            if (reviewerIndex.TryAdd(assignment.ReviewerId, reviewers.Count))
            {
                reviewers.Add(DrawReviewer(random, options, assignment.ReviewerId));
            }
        }

        var round = new Submission[submissions.Count];
        var truePoints = new Dictionary<string, IReadOnlyDictionary<string, double>>(submissions.Count, StringComparer.Ordinal);
        var trueGrades = new Dictionary<string, double>(submissions.Count, StringComparer.Ordinal);
        var truth = new double[submissions.Count][];
        for (var s = 0; s < submissions.Count; s++)
        {
            round[s] = submissions[s] with { IsCalibration = s < options.CalibrationItems };
            truth[s] = DrawTruth(random, options);
            truePoints[round[s].Id] = Points(rubric, truth[s]);
            trueGrades[round[s].Id] = rubric.Score(truePoints[round[s].Id]) ?? 0;
        }

        var reviews = new List<Review>(assignments.Count);
        foreach (var assignment in assignments)
        {
            var s = index[assignment.SubmissionId];
            if (DrawReview(random, options, rubric, reviewers[reviewerIndex[assignment.ReviewerId]], truth[s], round[s].Id) is { } review)
            {
                reviews.Add(review);
            }
        }

        AddExpertReviews(reviews, round, truePoints, options.CalibrationItems);
        return new SimulatedRound(new PeerAssessment { Rubric = rubric, Submissions = round, Reviews = reviews }, trueGrades, truePoints, reviewers);
    }

    private static Rubric SimulatedRubric(int criteria) => new()
    {
        Id = "simulated",
        Title = "Simulated rubric",
        Mode = ScoringMode.WeightedPercentage,
        Criteria = Enumerable.Range(1, criteria)
            .Select(c => new RubricCriterion { Id = $"c{c}", Description = $"Criterion {c}", MaxPoints = MaxPoints })
            .ToList(),
    };

    private static SimulatedReviewer DrawReviewer(DeterministicRandom random, SimulationOptions options, string id)
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

        return new SimulatedReviewer(id, behavior, bias, noise);
    }

    /// <summary>A submission's true score per criterion: its quality plus a little per criterion, within 0–1.</summary>
    private static double[] DrawTruth(DeterministicRandom random, SimulationOptions options)
    {
        var quality = random.NextGaussian(options.TrueScoreMean, options.TrueScoreStandardDeviation);
        var truth = new double[options.Criteria];
        for (var c = 0; c < options.Criteria; c++)
        {
            truth[c] = Math.Clamp(quality + random.NextGaussian(0, options.CriterionStandardDeviation), 0, 1);
        }

        return truth;
    }

    private static Dictionary<string, double> Points(Rubric rubric, double[] truth)
    {
        var points = new Dictionary<string, double>(truth.Length, StringComparer.Ordinal);
        for (var c = 0; c < truth.Length; c++)
        {
            points[rubric.Criteria[c].Id] = truth[c] * MaxPoints;
        }

        return points;
    }

    /// <summary>The reviewer's review of a submission with the given truth; null when it goes missing.</summary>
    private static Review? DrawReview(DeterministicRandom random, SimulationOptions options, Rubric rubric, SimulatedReviewer reviewer, double[] truth, string submissionId)
    {
        if (random.NextDouble() < options.MissingReviewRate)
        {
            return null;
        }

        var scores = new Dictionary<string, double>(options.Criteria, StringComparer.Ordinal);
        for (var c = 0; c < options.Criteria; c++)
        {
            var x = reviewer.Behavior switch
            {
                ReviewerBehavior.Random => random.NextDouble(),
                ReviewerBehavior.Flat => reviewer.Bias,
                _ => truth[c] + reviewer.Bias + random.NextGaussian(0, reviewer.NoiseStandardDeviation),
            };
            var points = Math.Clamp(x, 0, 1) * MaxPoints;
            scores[rubric.Criteria[c].Id] = options.WholePoints ? Math.Round(points, MidpointRounding.AwayFromZero) : points;
        }

        return new Review
        {
            Id = $"r-{submissionId}-{reviewer.ReviewerId}",
            SubmissionId = submissionId,
            ReviewerId = reviewer.ReviewerId,
            Scores = scores,
        };
    }

    /// <summary>An expert review with the true points for each calibration item (the first <paramref name="count"/> submissions).</summary>
    private static void AddExpertReviews(List<Review> reviews, Submission[] submissions, Dictionary<string, IReadOnlyDictionary<string, double>> truePoints, int count)
    {
        for (var s = 0; s < count; s++)
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
    }

    private static string Id(string prefix, int i) => prefix + "-" + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
}
