using System.Text.Json;

namespace PeerLearning.Cli.Tests;

public sealed class AssessmentCommandTests
{
    private const string MoodleRubric = """
        {
          "id": "essay", "mode": "levels",
          "criteria": [
            { "id": "a", "levels": [ { "points": 0 }, { "points": 2 }, { "points": 6 }, { "points": 8 } ] },
            { "id": "b", "levels": [ { "points": 0 }, { "points": 1 }, { "points": 2 }, { "points": 3 } ] },
            { "id": "c", "levels": [ { "points": 10 }, { "points": 20 }, { "points": 30 }, { "points": 40 } ] }
          ]
        }
        """;

    [Fact]
    public async Task Assess_grades_reviews_from_csv_with_the_chosen_method()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("rubric.json"), MoodleRubric);
        await File.WriteAllTextAsync(folder.File("reviews.csv"), """
            review_id,submission_id,reviewer_id,authors,a,b,c,helpfulness
            r1,s1,u2,u1,2,2,30,4
            r2,s2,u1,u2,8,3,40,
            r3,s2,u3,u2,6,2,30,
            """);
        var (code, output, error) = await CliRunner.RunAsync("assess", "--rubric", folder.File("rubric.json"), "--reviews", folder.File("reviews.csv"), "--method", "mean", "--out", folder.File("grades.json"));
        Assert.True(code == 0, error);
        Assert.Contains("method mean: 2 of 2 submissions graded", output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("grades.json")));
        var grades = json.RootElement.GetProperty("aggregation").GetProperty("grades").EnumerateArray().ToList();
        var s1 = grades.Single(g => g.GetProperty("submissionId").GetString() == "s1");
        Assert.Equal(58.536585, s1.GetProperty("grade").GetDouble(), 6);
        Assert.True(s1.GetProperty("needsHumanReview").GetBoolean());
        Assert.Equal("u1", s1.GetProperty("authorIds")[0].GetString());
        Assert.Equal(3, json.RootElement.GetProperty("reviewerQuality").GetArrayLength());
    }

    [Fact]
    public async Task Assess_reports_every_problem_in_the_csv_with_its_line()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("rubric.json"), MoodleRubric);
        await File.WriteAllTextAsync(folder.File("reviews.csv"), """
            submission_id,reviewer_id,a,b,c
            s1,u2,2,2,30
            s1,u3,5,2,30
            s2,u1,2,x,30
            """);
        var (code, _, error) = await CliRunner.RunAsync("assess", "--rubric", folder.File("rubric.json"), "--reviews", folder.File("reviews.csv"));
        Assert.Equal(1, code);
        Assert.Contains("line 4, column 4: row-4 b: not a number", error, StringComparison.Ordinal);

        await File.WriteAllTextAsync(folder.File("reviews.csv"), """
            submission_id,reviewer_id,a,b,c
            s1,u2,2,2,30
            s1,u3,5,2,30
            """);
        (code, _, error) = await CliRunner.RunAsync("assess", "--rubric", folder.File("rubric.json"), "--reviews", folder.File("reviews.csv"));
        Assert.Equal(1, code);
        Assert.Contains("line 3: row-3 scores[a]: level out of range", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_rejects_an_unknown_method_and_unknown_columns()
    {
        using var folder = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(folder.File("rubric.json"), MoodleRubric);
        await File.WriteAllTextAsync(folder.File("reviews.csv"), "submission_id,reviewer_id,a,b,c,typo\ns1,u2,2,2,30,1\n");
        var (code, _, error) = await CliRunner.RunAsync("assess", "--rubric", folder.File("rubric.json"), "--reviews", folder.File("reviews.csv"));
        Assert.Equal(1, code);
        Assert.Contains("typo", error, StringComparison.Ordinal);

        await File.WriteAllTextAsync(folder.File("reviews.csv"), "submission_id,reviewer_id,a,b,c\ns1,u2,2,2,30\n");
        (code, _, error) = await CliRunner.RunAsync("assess", "--rubric", folder.File("rubric.json"), "--reviews", folder.File("reviews.csv"), "--method", "magic");
        Assert.Equal(1, code);
        Assert.Contains("unknown method 'magic'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_reviewers_gives_every_submission_k_reviewers_never_the_author()
    {
        using var folder = new CliRunner.TempFolder();
        await CliRunner.RunAsync("generate", "--size", "80", "--seed", "3", "--out", folder.File("people.json"));
        var (code, output, error) = await CliRunner.RunAsync("assign-reviewers", "--people", folder.File("people.json"), "--k", "3", "--spread-departments", "--exclude-team", "--out", folder.File("assignment.csv"));
        Assert.True(code == 0, error);
        Assert.Contains("240 reviews assigned (k = 3); load per reviewer 3-3; 0 submission(s) short of k", output, StringComparison.Ordinal);
        var rows = (await File.ReadAllLinesAsync(folder.File("assignment.csv"))).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(240, rows.Count);
        Assert.All(rows, r => Assert.NotEqual("sub-" + r[1], r[0]));
        Assert.All(rows.GroupBy(r => r[0]), g => Assert.Equal(3, g.Select(r => r[1]).Distinct().Count()));
    }

    [Fact]
    public async Task Evaluate_methods_prints_one_row_per_method()
    {
        var (code, output, error) = await CliRunner.RunAsync("evaluate-methods", "--submissions", "60", "--reviews", "3", "--rounds", "1", "--seed", "4");
        Assert.True(code == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("| pg1 |", StringComparison.Ordinal));

        (code, _, error) = await CliRunner.RunAsync("evaluate-methods", "--submissions", "1");
        Assert.Equal(1, code);
        Assert.Contains("submissions", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_peer_review_round_simulates_the_reviews_of_the_assignment_it_prints()
    {
        var (code, output, error) = await CliRunner.RunAsync("demo");
        Assert.True(code == 0, error);
        var assigned = System.Text.RegularExpressions.Regex.Match(output, @"assignment of (\d+) reviewers .*: (\d+) reviews assigned \(k = 3\)");
        var simulated = System.Text.RegularExpressions.Regex.Match(output, @"simulated reviews for this assignment: (\d+) of (\d+) assigned reviews arrived, each from its assigned reviewer");
        Assert.True(assigned.Success && simulated.Success, output);
        Assert.Equal(assigned.Groups[2].Value, simulated.Groups[2].Value);
        var arrived = int.Parse(simulated.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var total = int.Parse(simulated.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(arrived, (int)(0.8 * total), total);

        // The round the engine assessed is that one: its reviews (plus five expert calibration reviews) were recorded.
        Assert.Contains($"({arrived + 5} ReviewSubmitted before)", output, StringComparison.Ordinal);
    }
}
