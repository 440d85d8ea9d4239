using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Rubrics;

public sealed class RubricValidationTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_naming_criterion_and_field()
    {
        var rubric = new Rubric
        {
            Id = "bad",
            Mode = ScoringMode.Levels,
            Criteria =
            [
                new RubricCriterion { Id = "a", Weight = -1, Levels = [new RubricLevel { Points = 0 }, new RubricLevel { Points = 5 }] },
                new RubricCriterion { Id = "a", Levels = [new RubricLevel { Points = 0 }] },
                new RubricCriterion { Id = "c", MaxPoints = 3, Levels = [new RubricLevel { Points = 2 }, new RubricLevel { Points = 1 }, new RubricLevel { Points = 9 }] },
            ],
        };
        var problems = rubric.Validate();
        Assert.Contains(problems, p => p.Field == "criteria[a].weight" && p.Message.Contains("-1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "criteria[a].id" && p.Message.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "criteria[c].levels[1].points" && p.Message.Contains("ordered", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "criteria[c].levels[2].points" && p.Message.Contains("level out of range", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal("bad", p.ItemId));
    }

    [Fact]
    public void Criterion_without_levels_needs_maximum_points()
    {
        var rubric = new Rubric { Id = "r", Mode = ScoringMode.SumOfPoints, Criteria = [new RubricCriterion { Id = "a" }] };
        Assert.Contains(rubric.Validate(), p => p.Field == "criteria[a].maxPoints");
    }

    [Fact]
    public void Error_mappings_are_checked()
    {
        var rubric = new Rubric
        {
            Id = "ne",
            Mode = ScoringMode.NumberOfErrors,
            Criteria = [new RubricCriterion { Id = "a" }],
            ErrorMappings = [new ErrorGradeMapping(1, 80), new ErrorGradeMapping(1, 70), new ErrorGradeMapping(2, 120)],
        };
        var problems = rubric.Validate();
        Assert.Contains(problems, p => p.Field == "errorMappings[1].errors");
        Assert.Contains(problems, p => p.Field == "errorMappings[2].grade");
    }

    [Fact]
    public void Empty_rubric_is_rejected()
    {
        var rubric = new Rubric { Id = "", Criteria = [] };
        var problems = rubric.Validate();
        Assert.Contains(problems, p => p.Field == "id");
        Assert.Contains(problems, p => p.Field == "criteria");
    }
}
