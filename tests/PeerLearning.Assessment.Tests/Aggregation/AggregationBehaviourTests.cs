using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Aggregation;

public sealed class AggregationBehaviourTests
{
    private static readonly Rubric Rubric = new()
    {
        Id = "r",
        Mode = ScoringMode.WeightedPercentage,
        Criteria = [new RubricCriterion { Id = "a", MaxPoints = 10 }, new RubricCriterion { Id = "b", MaxPoints = 10 }],
    };

    private static Review Peer(string sub, string reviewer, double a, double b, DateTimeOffset? at = null, double weight = 1) => new()
    {
        Id = $"{sub}-{reviewer}",
        SubmissionId = sub,
        ReviewerId = reviewer,
        Scores = new Dictionary<string, double> { ["a"] = a, ["b"] = b },
        SubmittedAt = at,
        Weight = weight,
    };

    private static PeerAssessment Round(params Review[] reviews) => new()
    {
        Rubric = Rubric,
        Submissions = [new Submission { Id = "s1", AuthorIds = ["u1"] }, new Submission { Id = "s2", AuthorIds = ["u2"] }, new Submission { Id = "s3", AuthorIds = ["u3"] }],
        Reviews = reviews,
    };

    [Fact]
    public void Mean_median_and_trimmed_mean_follow_their_definitions()
    {
        var round = Round(Peer("s1", "u2", 2, 2), Peer("s1", "u3", 4, 4), Peer("s1", "u4", 9, 9), Peer("s1", "u5", 5, 5));
        Assert.Equal(50, GradeAggregators.Get("mean").Aggregate(round, AggregationOptions.Default).Grades[0].Grade!.Value, 9);
        Assert.Equal(45, GradeAggregators.Get("median").Aggregate(round, AggregationOptions.Default).Grades[0].Grade!.Value, 9);
        Assert.Equal(45, GradeAggregators.Get("trimmed-mean").Aggregate(round, AggregationOptions.Default).Grades[0].Grade!.Value, 9);
    }

    [Fact]
    public void Moodle_weights_assessments_and_teacher_override_wins()
    {
        var teacher = Peer("s1", "t", 10, 10, weight: 3) with { Kind = ReviewKind.Expert };
        var round = Round(Peer("s1", "u2", 2, 2), teacher);
        var moodle = GradeAggregators.Get("moodle").Aggregate(round, AggregationOptions.Default).Grades[0];
        Assert.Equal(((20 * 1) + (100 * 3)) / 4.0, moodle.Grade!.Value, 9);

        var overridden = round with { Submissions = [round.Submissions[0] with { GradeOverride = 77 }, .. round.Submissions.Skip(1)] };
        var grade = GradeAggregators.Get("moodle").Aggregate(overridden, AggregationOptions.Default).Grades[0];
        Assert.Equal(77, grade.Grade);
        Assert.Equal(GradeSource.Override, grade.Source);
    }

    [Fact]
    public void Expert_reviews_override_peer_methods()
    {
        var expert = Peer("s1", "t", 8, 8) with { Kind = ReviewKind.Expert };
        var round = Round(Peer("s1", "u2", 2, 2), Peer("s1", "u3", 3, 3), expert);
        var grade = GradeAggregators.Get("pg1").Aggregate(round, AggregationOptions.Default).Grades[0];
        Assert.Equal(80, grade.Grade!.Value, 9);
        Assert.Equal(GradeSource.Experts, grade.Source);
    }

    [Fact]
    public void Few_reviews_and_disagreement_are_flagged_for_a_human_and_late_reviews_counted()
    {
        var deadline = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
        var round = Round(
            Peer("s1", "u2", 1, 1), Peer("s1", "u3", 9, 9, deadline.AddDays(1)), Peer("s1", "u4", 5, 5),
            Peer("s2", "u1", 5, 5)) with { ReviewDeadline = deadline };
        var grades = GradeAggregators.Get("mean").Aggregate(round, AggregationOptions.Default).Grades;
        Assert.True(grades[0].NeedsHumanReview);
        Assert.Contains(grades[0].Reasons, r => r.Contains("disagreement", StringComparison.Ordinal));
        Assert.Equal(1, grades[0].LateReviewCount);
        Assert.Contains(grades[1].Reasons, r => r.Contains("too few reviews", StringComparison.Ordinal));
        Assert.Null(grades[2].Grade);
        Assert.Equal(GradeSource.None, grades[2].Source);
        Assert.All(grades.Take(2), g => Assert.NotNull(g.StandardError));
    }

    [Fact]
    public void Missing_criteria_are_left_out_not_counted_as_zero()
    {
        var partial = new Review { Id = "p", SubmissionId = "s1", ReviewerId = "u2", Scores = new Dictionary<string, double> { ["a"] = 6 } };
        var grade = GradeAggregators.Get("mean").Aggregate(Round(partial), AggregationOptions.Default).Grades[0];
        Assert.Equal(60, grade.Grade!.Value, 9);
        Assert.Null(grade.Criteria[1].Points);
    }

    [Fact]
    public void Invalid_round_reports_every_problem()
    {
        var bad = Round(
            Peer("nope", "u2", 1, 1),
            Peer("s1", "u2", 11, 1),
            Peer("s1", "u2", 1, 1) with { Id = "dup" },
            Peer("s2", "u3", 1, 1) with { Helpfulness = 9 },
            Peer("s3", "u1", 1, 1) with { Comments = new Dictionary<string, string> { ["zz"] = "?" } });
        var problems = bad.Validate();
        Assert.Contains(problems, p => p.ItemId == "nope-u2" && p.Field == "submissionId");
        Assert.Contains(problems, p => p.ItemId == "s1-u2" && p.Field == "scores[a]" && p.Message.Contains("level out of range", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ItemId == "dup" && p.Field == "reviewerId");
        Assert.Contains(problems, p => p.Field == "helpfulness");
        Assert.Contains(problems, p => p.ItemId == "s3-u1" && p.Field == "comments[zz]");
    }

    [Fact]
    public void Unknown_method_name_is_a_clear_error()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => GradeAggregators.Get("magic"));
        Assert.Contains("pg1", ex.Message, StringComparison.Ordinal);
        Assert.Same(GradeAggregators.Get("PG1"), GradeAggregators.Get(" pg1 "));
    }

    [Fact]
    public void Pg1_recovers_a_harsh_reviewer_bias()
    {
        // Two fair reviewers and one who always gives 3 points less, across many submissions.
        var submissions = Enumerable.Range(0, 40).Select(i => new Submission { Id = $"s{i}" }).ToList();
        var reviews = new List<Review>();
        foreach (var s in submissions)
        {
            var q = 3 + (int.Parse(s.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 5);
            reviews.Add(Peer(s.Id, "fair1", q, q));
            reviews.Add(Peer(s.Id, "fair2", q + 1, q + 1));
            reviews.Add(Peer(s.Id, "harsh", q - 3, q - 3));
        }

        var result = GradeAggregators.Get("pg1").Aggregate(new PeerAssessment { Rubric = Rubric, Submissions = submissions, Reviews = reviews }, AggregationOptions.Default);
        var harsh = result.Reviewers.Single(r => r.ReviewerId == "harsh");
        var fair = result.Reviewers.Single(r => r.ReviewerId == "fair1");
        Assert.InRange(harsh.Bias!.Value - fair.Bias!.Value, -32, -28);
    }

    [Fact]
    public void Pg1_sets_flat_raters_aside()
    {
        // Three reviewers who judge; a fourth gives 9 to everything and must not move the grades.
        var submissions = Enumerable.Range(0, 30).Select(i => new Submission { Id = $"s{i}" }).ToList();
        var judged = new List<Review>();
        foreach (var s in submissions)
        {
            var q = 2 + (int.Parse(s.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 6);
            judged.Add(Peer(s.Id, "a", q, q));
            judged.Add(Peer(s.Id, "b", q + 1, q));
            judged.Add(Peer(s.Id, "c", q, q + 1));
        }

        var withFlat = judged.Concat(submissions.Select(s => Peer(s.Id, "flat", 9, 9))).ToList();
        var pg1 = GradeAggregators.Get("pg1");
        var without = pg1.Aggregate(new PeerAssessment { Rubric = Rubric, Submissions = submissions, Reviews = judged }, AggregationOptions.Default);
        var with = pg1.Aggregate(new PeerAssessment { Rubric = Rubric, Submissions = submissions, Reviews = withFlat }, AggregationOptions.Default);
        Assert.Equal(0, with.Reviewers.Single(r => r.ReviewerId == "flat").Weight);
        for (var i = 0; i < submissions.Count; i++)
        {
            // The same fixed point, reached from another start (EM stops within its tolerance).
            Assert.InRange(Math.Abs(without.Grades[i].Grade!.Value - with.Grades[i].Grade!.Value), 0, 0.02);
        }
    }
}
