using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Rubrics;

// Expected values from Moodle's own unit tests of the workshop grading strategies
// (mod/workshop/form/{rubric,accumulative,numerrors}/tests/lib_test.php).
public sealed class MoodleStrategyTests
{
    private static RubricCriterion Levels(string id, params double[] points) =>
        new() { Id = id, Levels = points.Select(p => new RubricLevel { Points = p }).ToList() };

    private static Rubric MoodleRubric() => new()
    {
        Id = "r",
        Mode = ScoringMode.Levels,
        Criteria = [Levels("a", 0, 2, 6, 8), Levels("b", 0, 1, 2, 3), Levels("c", 10, 20, 30, 40)],
    };

    [Fact]
    public void Rubric_choices_2_2_30_give_58_536585()
    {
        var grade = MoodleRubric().Score(new Dictionary<string, double> { ["a"] = 2, ["b"] = 2, ["c"] = 30 });
        Assert.Equal(100.0 * 24 / 41, grade!.Value, 9);
        Assert.Equal(58.536585, grade.Value, 6);
    }

    [Fact]
    public void Rubric_worst_and_best_choices_give_0_and_100()
    {
        var rubric = MoodleRubric();
        Assert.Equal(0, rubric.Score(new Dictionary<string, double> { ["a"] = 0, ["b"] = 0, ["c"] = 10 })!.Value, 9);
        Assert.Equal(100, rubric.Score(new Dictionary<string, double> { ["a"] = 8, ["b"] = 3, ["c"] = 40 })!.Value, 9);
    }

    [Fact]
    public void No_points_give_no_grade()
    {
        Assert.Null(MoodleRubric().Score(new Dictionary<string, double>()));
    }

    [Fact]
    public void Accumulative_one_numerical_weighted_gives_25()
    {
        var rubric = new Rubric
        {
            Id = "acc",
            Mode = ScoringMode.WeightedPercentage,
            Criteria = [new RubricCriterion { Id = "d1003", MaxPoints = 20, Weight = 3 }],
        };
        Assert.Equal(25, rubric.Score(new Dictionary<string, double> { ["d1003"] = 5 })!.Value, 9);
    }

    [Fact]
    public void Accumulative_three_numericals_different_weights()
    {
        var rubric = new Rubric
        {
            Id = "acc",
            Mode = ScoringMode.WeightedPercentage,
            Criteria =
            [
                new RubricCriterion { Id = "d1003", MaxPoints = 15, Weight = 3 },
                new RubricCriterion { Id = "d1004", MaxPoints = 80, Weight = 1 },
                new RubricCriterion { Id = "d1005", MaxPoints = 5, Weight = 2 },
            ],
        };
        var grade = rubric.Score(new Dictionary<string, double> { ["d1003"] = 7, ["d1004"] = 66, ["d1005"] = 4 });
        Assert.Equal(((7.0 / 15 * 3) + (66.0 / 80 * 1) + (4.0 / 5 * 2)) / 6 * 100, grade!.Value, 9);
    }

    [Fact]
    public void Accumulative_three_numericals_same_weight()
    {
        var rubric = new Rubric
        {
            Id = "acc",
            Mode = ScoringMode.WeightedPercentage,
            Criteria =
            [
                new RubricCriterion { Id = "x", MaxPoints = 20, Weight = 2 },
                new RubricCriterion { Id = "y", MaxPoints = 100, Weight = 2 },
                new RubricCriterion { Id = "z", MaxPoints = 10, Weight = 2 },
            ],
        };
        var grade = rubric.Score(new Dictionary<string, double> { ["x"] = 11, ["y"] = 87, ["z"] = 10 });
        Assert.Equal(((11.0 / 20) + (87.0 / 100) + (10.0 / 10)) / 3 * 100, grade!.Value, 9);
    }

    [Fact]
    public void Accumulative_two_scales_weighted()
    {
        // Moodle scales are items 1..n: "Poor,Good,Excellent" and a seven-item star scale.
        var rubric = new Rubric
        {
            Id = "acc",
            Mode = ScoringMode.WeightedPercentage,
            Criteria = [Levels("s13", 1, 2, 3) with { Weight = 2 }, Levels("s17", 1, 2, 3, 4, 5, 6, 7) with { Weight = 3 }],
        };
        var grade = rubric.Score(new Dictionary<string, double> { ["s13"] = 2, ["s17"] = 5 });
        Assert.Equal(((1.0 / 2 * 2) + (4.0 / 6 * 3)) / 5 * 100, grade!.Value, 9);
    }

    [Fact]
    public void Accumulative_scale_value_beyond_the_scale_is_rejected()
    {
        var rubric = new Rubric { Id = "acc", Mode = ScoringMode.WeightedPercentage, Criteria = [Levels("s13", 1, 2, 3)] };
        var ex = Assert.Throws<PeerLearningValidationException>(() => rubric.Score(new Dictionary<string, double> { ["s13"] = 4 }));
        Assert.Contains(ex.Problems, p => p.Field == "criteria[s13]");
    }

    private static Rubric Errors(double[] weights, params (double Errors, double Grade)[] mappings) => new()
    {
        Id = "ne",
        Mode = ScoringMode.NumberOfErrors,
        Criteria = weights.Select((w, i) => new RubricCriterion { Id = $"d{i}", Weight = w }).ToList(),
        ErrorMappings = mappings.Select(m => new ErrorGradeMapping(m.Errors, m.Grade)).ToList(),
    };

    private static Dictionary<string, double> Passes(params double[] passed) =>
        passed.Select((p, i) => (p, i)).ToDictionary(x => $"d{x.i}", x => x.p);

    [Fact]
    public void Number_of_errors_cases_match_moodle()
    {
        Assert.Equal(100, Errors([1, 1, 1]).Score(Passes(1, 1, 1))!.Value, 9);
        Assert.Equal(80, Errors([1, 1, 1], (1, 80), (2, 60)).Score(Passes(1, 0, 1))!.Value, 9);
        Assert.Equal(10, Errors([1, 1, 1], (1, 80), (2, 60), (3, 10)).Score(Passes(0, 0, 0))!.Value, 9);
        Assert.Equal(33, Errors([1, 2, 0], (1, 66), (2, 33), (3, 0)).Score(Passes(1, 0, 1))!.Value, 9);
        Assert.Equal(100, Errors([1, 2, 0], (1, 66), (2, 33), (3, 0)).Score(Passes(1, 1, 0))!.Value, 9);
        Assert.Equal(5, Errors([1, 2, 3], (1, 90), (2, 80), (3, 70), (4, 60), (5, 30), (6, 5), (7, 0)).Score(Passes(0, 0, 0))!.Value, 9);
    }

    [Fact]
    public void Sum_of_points_is_share_of_maximum_points()
    {
        var rubric = new Rubric
        {
            Id = "sum",
            Mode = ScoringMode.SumOfPoints,
            Criteria = [new RubricCriterion { Id = "a", MaxPoints = 10 }, new RubricCriterion { Id = "b", MaxPoints = 30 }],
        };
        Assert.Equal(50, rubric.Score(new Dictionary<string, double> { ["a"] = 5, ["b"] = 15 })!.Value, 9);
    }

    [Fact]
    public void Comments_only_rubric_has_no_grade()
    {
        var rubric = new Rubric { Id = "c", Mode = ScoringMode.CommentsOnly, Criteria = [new RubricCriterion { Id = "aspect" }] };
        Assert.Empty(rubric.Validate());
        Assert.Null(rubric.Score(new Dictionary<string, double>()));
    }

    [Fact]
    public void Level_with_point_range_accepts_points_inside_the_range()
    {
        var rubric = new Rubric
        {
            Id = "range",
            Mode = ScoringMode.Levels,
            Criteria =
            [
                new RubricCriterion
                {
                    Id = "a",
                    Levels = [new RubricLevel { Points = 0, MaxPoints = 4 }, new RubricLevel { Points = 5, MaxPoints = 10 }],
                },
            ],
        };
        Assert.Empty(rubric.Validate());
        Assert.Equal(70, rubric.Score(new Dictionary<string, double> { ["a"] = 7 })!.Value, 9);
        Assert.Throws<PeerLearningValidationException>(() => rubric.Score(new Dictionary<string, double> { ["a"] = 4.5 }));
    }
}
