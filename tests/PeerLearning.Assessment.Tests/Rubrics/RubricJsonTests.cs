using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Tests.Rubrics;

public sealed class RubricJsonTests
{
    [Fact]
    public void Rubric_survives_a_json_round_trip()
    {
        var rubric = new Rubric
        {
            Id = "essay",
            Title = "Essay",
            Mode = ScoringMode.WeightedPercentage,
            Criteria =
            [
                new RubricCriterion
                {
                    Id = "argument",
                    Description = "Quality of the argument",
                    Weight = 2,
                    Levels = [new RubricLevel { Descriptor = "weak", Points = 0, MaxPoints = 3 }, new RubricLevel { Descriptor = "strong", Points = 4, MaxPoints = 10 }],
                },
                new RubricCriterion { Id = "style", MaxPoints = 5, AllowsComment = false },
            ],
        };
        var json = RubricJson.Serialize(rubric);
        Assert.Contains("\"weightedPercentage\"", json, StringComparison.Ordinal);
        var back = RubricJson.Deserialize(json);
        Assert.Equal(rubric.Id, back.Id);
        Assert.Equal(rubric.Mode, back.Mode);
        Assert.Equal(rubric.Criteria.Count, back.Criteria.Count);
        Assert.Equal(rubric.Criteria[0].Levels, back.Criteria[0].Levels);
        Assert.Equal(rubric.Criteria[1] with { Levels = [] }, back.Criteria[1] with { Levels = [] });
        var points = new Dictionary<string, double> { ["argument"] = 7, ["style"] = 2 };
        Assert.Equal(rubric.Score(points), back.Score(points));
    }

    [Fact]
    public void Invalid_rubric_json_reports_the_problems()
    {
        const string json = """{ "id": "x", "mode": "levels", "criteria": [ { "id": "a", "weight": -2, "levels": [ { "points": 1 } ] }, { "id": "a", "levels": [ { "points": 0 } ] } ] }""";
        var ex = Assert.Throws<PeerLearningValidationException>(() => RubricJson.Deserialize(json));
        Assert.Contains(ex.Problems, p => p.Field == "criteria[a].weight");
        Assert.Contains(ex.Problems, p => p.Field == "criteria[a].id");
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => RubricJson.Deserialize("{\n \"id\": \"x\",\n \"criteria\": [ { \"id\": } ]\n}"));
        Assert.Equal(3, ex.Problems[0].Line);
    }
}
