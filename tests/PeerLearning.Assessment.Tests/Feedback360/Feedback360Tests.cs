using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Feedback360;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Feedback360;

public sealed class Feedback360Tests
{
    private static Rating360 Rating(string rater, RaterGroup group, double score) => new()
    {
        SubjectId = "ann",
        RaterId = rater,
        Group = group,
        Scores = new Dictionary<string, double> { ["listening"] = score },
    };

    [Fact]
    public void Groups_below_the_threshold_are_merged_or_withheld_never_shown_alone()
    {
        var ratings = new[]
        {
            Rating("ann", RaterGroup.Self, 5),
            Rating("p1", RaterGroup.Peer, 3), Rating("p2", RaterGroup.Peer, 4), Rating("p3", RaterGroup.Peer, 5),
            Rating("m", RaterGroup.Manager, 2),
            Rating("d1", RaterGroup.DirectReport, 4), Rating("d2", RaterGroup.DirectReport, 3),
        };
        var report = Assert.Single(Feedback360Aggregator.Aggregate(ratings, anonymityThreshold: 3));
        Assert.Contains(report.Shown, g => g.Groups.SequenceEqual([RaterGroup.Self]) && g.Raters == 1);
        Assert.Contains(report.Shown, g => g.Groups.SequenceEqual([RaterGroup.Peer]) && g.MeanByCompetency["listening"] == 4);
        var merged = Assert.Single(report.Shown, g => g.Groups.Count == 2);
        Assert.Equal([RaterGroup.Manager, RaterGroup.DirectReport], merged.Groups);
        Assert.Equal(3, merged.Raters);
        Assert.Equal(3, merged.MeanByCompetency["listening"], 9);
        Assert.DoesNotContain(report.Shown, g => g.Raters < 3 && !g.Groups.SequenceEqual([RaterGroup.Self]));
        Assert.Equal(6, report.AllOthers!.Raters);
        Assert.Empty(report.Withheld);
    }

    [Fact]
    public void A_lone_small_group_is_withheld()
    {
        var ratings = new[]
        {
            Rating("p1", RaterGroup.Peer, 3), Rating("p2", RaterGroup.Peer, 4), Rating("p3", RaterGroup.Peer, 5),
            Rating("m", RaterGroup.Manager, 2),
        };
        var report = Assert.Single(Feedback360Aggregator.Aggregate(ratings, anonymityThreshold: 3));
        Assert.Equal([RaterGroup.Manager], report.Withheld);
        Assert.DoesNotContain(report.Shown, g => g.Groups.Contains(RaterGroup.Manager));
    }

    [Fact]
    public void Self_assessment_reveals_blind_spots_and_hidden_strengths()
    {
        var rubric = new Rubric
        {
            Id = "r",
            Mode = ScoringMode.WeightedPercentage,
            Criteria = [new RubricCriterion { Id = "a", MaxPoints = 10 }, new RubricCriterion { Id = "b", MaxPoints = 10 }, new RubricCriterion { Id = "c", MaxPoints = 10 }],
        };
        Review Make(string reviewer, ReviewKind kind, double a, double b, double c) => new()
        {
            Id = reviewer,
            SubmissionId = "s",
            ReviewerId = reviewer,
            Kind = kind,
            Scores = new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["c"] = c },
        };
        var round = new PeerAssessment
        {
            Rubric = rubric,
            Submissions = [new Submission { Id = "s", AuthorIds = ["me"] }],
            Reviews = [Make("me", ReviewKind.Self, 9, 3, 5), Make("p1", ReviewKind.Peer, 5, 7, 5), Make("p2", ReviewKind.Peer, 5, 7, 6)],
        };
        var consensus = GradeAggregators.Get("mean").Aggregate(round, AggregationOptions.Default);
        var gaps = SelfPeerComparison.Compare(round, consensus).ToDictionary(g => g.CriterionId);
        Assert.Equal(SelfPeerGapKind.BlindSpot, gaps["a"].Kind);
        Assert.Equal(40, gaps["a"].Gap, 9);
        Assert.Equal(SelfPeerGapKind.HiddenStrength, gaps["b"].Kind);
        Assert.Equal(SelfPeerGapKind.Aligned, gaps["c"].Kind);
        Assert.Equal(5, consensus.Grades[0].Criteria[0].Points!.Value, 9);
    }
}
