using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Options;
using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Engine;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;
using PeerLearning.Events;

namespace PeerLearning.Cli.Commands;

/// <summary>
/// <c>peerlearn assess --rubric FILE --reviews FILE [--method NAME] [--out FILE]</c> and
/// <c>peerlearn assign-reviewers --people FILE [--k N] [--spread-departments] [--exclude-team] [--seed N] [--out FILE]</c> and
/// <c>peerlearn evaluate-methods [--submissions N] [--reviews K] [--criteria C] [--calibration N] [--rounds R] [--seed S]</c>.
/// </summary>
internal static class AssessmentCommands
{
    private static readonly string[] KnownColumns =
        ["review_id", "submission_id", "reviewer_id", "kind", "submitted_at", "weight", "helpfulness", "authors", "group", "comment"];

    public static IEnumerable<Command> Create() => [CreateAssess(), CreateAssign(), CreateEvaluate()];

    private static Command CreateAssess()
    {
        var rubric = new Option<FileInfo>("--rubric") { Description = "The rubric as JSON (criteria, levels, scoring mode).", Required = true };
        var reviews = new Option<FileInfo>("--reviews")
        {
            Description = "Reviews as CSV: submission_id, reviewer_id, one column per criterion id (points; blank = not scored); optional review_id, kind (peer/self/expert), submitted_at, weight, helpfulness (1-5), authors (;-separated), group, comment, comment:<criterion>.",
            Required = true,
        };
        var method = new Option<string>("--method") { Description = $"The aggregation method: {string.Join(", ", AggregationMethods.All)}.", DefaultValueFactory = _ => AggregationMethods.Pg1 };
        var deadline = new Option<DateTimeOffset?>("--deadline") { Description = "The review deadline; later reviews are counted as late." };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the JSON result (grades, reviewer estimates and quality, self/peer gaps, agreement); standard output when left out." };
        var command = new Command("assess", "Grade peer reviews against a rubric with a chosen aggregation method, and grade the reviewers.") { rubric, reviews, method, deadline, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            Rubric parsedRubric;
            try
            {
                await using var stream = parseResult.GetValue(rubric)!.OpenRead();
                parsedRubric = await RubricJson.DeserializeAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems(parseResult.GetValue(rubric)!.Name, e.Problems);
            }
            catch (IOException e)
            {
                return parseResult.ReportProblems(parseResult.GetValue(rubric)!.Name, [new ValidationProblem(parseResult.GetValue(rubric)!.Name, "(file)", e.Message)]);
            }

            var file = parseResult.GetValue(reviews)!;
            var (round, problems) = ReadReviews(file, parsedRubric);
            if (problems.Count > 0)
            {
                return parseResult.ReportProblems(file.Name, problems);
            }

            round = round! with { ReviewDeadline = parseResult.GetValue(deadline), Id = Path.GetFileNameWithoutExtension(file.Name) };
            var engine = new PeerAssessmentEngine(NullLearningEventSink.Instance, TimeProvider.System, Options.Create(new AssessmentOptions()));
            AssessmentOutcome outcome;
            try
            {
                outcome = engine.Assess(round, parseResult.GetValue(method));
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems(file.Name, e.Problems);
            }

            var json = JsonSerializer.Serialize(outcome, RubricJson.Options);
            if (parseResult.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, json, cancellationToken).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync(Summary(outcome)).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync($"result written to {target.FullName}").ConfigureAwait(false);
            }
            else
            {
                await parseResult.Out().WriteLineAsync(json).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command CreateAssign()
    {
        var people = new Option<FileInfo>("--people") { Description = "Participants (.json or .csv): each authors one submission and may review others'.", Required = true };
        var k = new Option<int>("--k") { Description = "Reviewers per submission.", DefaultValueFactory = _ => 3 };
        var spread = new Option<bool>("--spread-departments") { Description = "Prefer reviewers from other departments, each from a different one." };
        var excludeTeam = new Option<bool>("--exclude-team") { Description = "Treat each team as a group: nobody reviews a teammate." };
        var seed = new Option<int>("--seed") { Description = "The seed (same input and seed, same assignment).", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the assignment as CSV (submission_id, reviewer_id); standard output when left out." };
        var command = new Command("assign-reviewers", "Assign k reviewers to every submission: no self-review, no own group, load within one, optimal by min-cost flow.") { people, k, spread, excludeTeam, seed, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(people)!;
            var import = await ParticipantFiles.ReadAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            if (import.Problems.Count > 0)
            {
                return parseResult.ReportProblems(file.Name, import.Problems);
            }

            var team = parseResult.GetValue(excludeTeam);
            var request = new AssignmentRequest
            {
                Submissions = import.Participants.Select(p => new Submission { Id = "sub-" + p.Id, AuthorIds = [p.Id], GroupId = team ? p.Team : null }).ToList(),
                Reviewers = import.Participants.Select(p => new ReviewerCandidate { Id = p.Id, Department = p.Department, GroupIds = team && p.Team is { } t ? [t] : [] }).ToList(),
                ReviewersPerSubmission = parseResult.GetValue(k),
                SpreadAcrossDepartments = parseResult.GetValue(spread),
                Seed = parseResult.GetValue(seed),
            };
            AssignmentResult result;
            try
            {
                result = new ReviewerAssigner().Assign(request);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("assign-reviewers", e.Problems);
            }

            var csv = new StringBuilder("submission_id,reviewer_id\n");
            foreach (var a in result.Assignments)
            {
                csv.Append(a.SubmissionId).Append(',').Append(a.ReviewerId).Append('\n');
            }

            if (parseResult.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, csv.ToString(), cancellationToken).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync(Summary(result, request.ReviewersPerSubmission)).ConfigureAwait(false);
                await parseResult.Out().WriteLineAsync($"assignment written to {target.FullName}").ConfigureAwait(false);
            }
            else
            {
                await parseResult.Out().WriteAsync(csv.ToString()).ConfigureAwait(false);
            }

            foreach (var s in result.Shortfalls)
            {
                await parseResult.Error().WriteLineAsync($"{s.SubmissionId}: {s.Assigned} of {s.Required} reviewers: {s.Reason}").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command CreateEvaluate()
    {
        var submissions = new Option<int>("--submissions") { Description = "Submissions per simulated round.", DefaultValueFactory = _ => 300 };
        var reviews = new Option<int>("--reviews") { Description = "Reviews assigned per submission.", DefaultValueFactory = _ => 4 };
        var criteria = new Option<int>("--criteria") { Description = "Rubric criteria (0-10 points each).", DefaultValueFactory = _ => 5 };
        var calibration = new Option<int>("--calibration") { Description = "Calibration items an expert also grades.", DefaultValueFactory = _ => 0 };
        var rounds = new Option<int>("--rounds") { Description = "Simulated rounds (seeds seed, seed+1, ...).", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { Description = "The first round's seed.", DefaultValueFactory = _ => 1000 };
        var benign = new Option<bool>("--benign") { Description = "Only typical reviewers (no harsh, lenient, random or flat ones)." };
        var command = new Command("evaluate-methods", "Simulate peer-review rounds with known true grades (harsh, lenient, random, flat reviewers, missing reviews) and compare every aggregation method's RMSE, MAE and share within 5 and 10 points.")
        {
            submissions, reviews, criteria, calibration, rounds, seed, benign,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new Assessment.Simulation.SimulationOptions
            {
                Submissions = parseResult.GetValue(submissions),
                ReviewsPerSubmission = parseResult.GetValue(reviews),
                Criteria = parseResult.GetValue(criteria),
                CalibrationItems = parseResult.GetValue(calibration),
                Seed = parseResult.GetValue(seed),
            };
            if (parseResult.GetValue(benign))
            {
                options = options with { HarshShare = 0, LenientShare = 0, RandomShare = 0, FlatShare = 0 };
            }

            if (options.Validate() is { Count: > 0 } problems)
            {
                return parseResult.ReportProblems("evaluate-methods", problems);
            }

            if (parseResult.GetValue(rounds) < 1)
            {
                return parseResult.ReportProblems("evaluate-methods", [new ValidationProblem("evaluate-methods", "rounds", "must be at least 1")]);
            }

            var table = Assessment.Simulation.AggregationEvaluation.Evaluate(GradeAggregators.BuiltIn, options, parseResult.GetValue(rounds));
            var text = new StringBuilder();
            text.AppendLine("| method | RMSE | MAE | within ±5 | within ±10 |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var row in table)
            {
                text.AppendLine(Invariant($"| {row.Method} | {row.Rmse:F2} | {row.Mae:F2} | {row.WithinFive:P1} | {row.WithinTen:P1} |"));
            }

            await parseResult.Out().WriteAsync(text.ToString()).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>One paragraph about an assessment outcome.</summary>
    public static string Summary(AssessmentOutcome outcome)
    {
        var grades = outcome.Aggregation.Grades;
        var graded = grades.Where(g => g.Grade is not null).ToList();
        var text = new StringBuilder();
        text.AppendLine(Invariant($"method {outcome.Aggregation.Method}: {graded.Count} of {grades.Count} submissions graded, mean {(graded.Count > 0 ? graded.Average(g => g.Grade!.Value) : 0):F1}, mean standard error {(graded.Count > 0 ? graded.Average(g => g.StandardError ?? 0) : 0):F1}; {grades.Count(g => g.NeedsHumanReview)} flagged for human review"));
        text.AppendLine(Invariant($"agreement (Krippendorff alpha, interval): {string.Join(", ", outcome.Reliability.Select(r => $"{r.CriterionId} {(r.KrippendorffAlphaInterval is { } a ? a.ToString("F2", CultureInfo.InvariantCulture) : "n/a")}"))}"));
        var flat = outcome.ReviewerQuality.Where(q => q.IsFlatRater).Select(q => q.ReviewerId).ToList();
        text.Append(Invariant($"reviewers: {outcome.ReviewerQuality.Count}, flat raters: {(flat.Count == 0 ? "none" : string.Join(", ", flat.Take(10)))}; self-assessment blind spots: {outcome.SelfPeerGaps.Count(g => g.Kind == Assessment.Feedback360.SelfPeerGapKind.BlindSpot)}"));
        return text.ToString();
    }

    /// <summary>One line about an assignment.</summary>
    public static string Summary(AssignmentResult result, int k) =>
        Invariant($"{result.Assignments.Count} reviews assigned (k = {k}); load per reviewer {result.MinLoad}-{result.MaxLoad}; {result.Shortfalls.Count} submission(s) short of k{(result.CandidatesLimited ? "; candidates limited per submission" : string.Empty)}");

    /// <summary>Reads reviews from CSV; submissions come from the submission ids (authors and group from their columns).</summary>
    public static (PeerAssessment? Round, IReadOnlyList<ValidationProblem> Problems) ReadReviews(FileInfo file, Rubric rubric)
    {
        var problems = new List<ValidationProblem>();
        if (!file.Exists)
        {
            return (null, [new ValidationProblem(file.Name, "(file)", "file not found")]);
        }

        using var reader = new StreamReader(file.FullName);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectDelimiter = true });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return (null, [new ValidationProblem(file.Name, "(header)", "the file has no header row")]);
        }

        var columns = header.Select((h, i) => (Name: h.Trim(), Index: i)).ToList();
        int Column(string name) => columns.FindIndex(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        foreach (var required in new[] { "submission_id", "reviewer_id" })
        {
            if (Column(required) < 0)
            {
                problems.Add(new ValidationProblem(file.Name, required, "required column is missing") { Line = 1 });
            }
        }

        foreach (var (name, index) in columns)
        {
            var known = KnownColumns.Contains(name, StringComparer.OrdinalIgnoreCase)
                || rubric.IndexOf(name) >= 0
                || (name.StartsWith("comment:", StringComparison.OrdinalIgnoreCase) && rubric.IndexOf(name["comment:".Length..]) >= 0);
            if (!known)
            {
                problems.Add(new ValidationProblem(file.Name, name, "unknown column: not a criterion of the rubric nor a known field") { Line = 1, Column = index + 1 });
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var reviews = new List<Review>();
        var submissions = new Dictionary<string, Submission>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            string Field(string name) => Column(name) is var i and >= 0 ? csv.GetField(i) ?? string.Empty : string.Empty;
            var id = Field("review_id") is { Length: > 0 } given ? given : $"row-{line}";
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            var comments = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, index) in columns)
            {
                var value = csv.GetField(index) ?? string.Empty;
                if (value.Length == 0)
                {
                    continue;
                }

                if (rubric.IndexOf(name) >= 0)
                {
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var points))
                    {
                        scores[name] = points;
                    }
                    else
                    {
                        problems.Add(new ValidationProblem(id, name, $"not a number: '{value}'") { Line = line, Column = index + 1 });
                    }
                }
                else if (name.StartsWith("comment:", StringComparison.OrdinalIgnoreCase))
                {
                    comments[name["comment:".Length..]] = value;
                }
            }

            var kind = ReviewKind.Peer;
            if (Field("kind") is { Length: > 0 } kindText && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            {
                problems.Add(new ValidationProblem(id, "kind", $"must be peer, self or expert, was '{kindText}'") { Line = line });
            }

            DateTimeOffset? submittedAt = null;
            if (Field("submitted_at") is { Length: > 0 } atText)
            {
                if (DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    submittedAt = at;
                }
                else
                {
                    problems.Add(new ValidationProblem(id, "submitted_at", $"not a date and time: '{atText}'") { Line = line });
                }
            }

            var weight = Number(Field("weight"), "weight", id, line, problems) ?? 1;
            var helpfulness = Number(Field("helpfulness"), "helpfulness", id, line, problems);
            var submissionId = Field("submission_id");
            if (submissionId.Length > 0 && !submissions.ContainsKey(submissionId))
            {
                var authors = Field("authors").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                submissions[submissionId] = new Submission { Id = submissionId, AuthorIds = authors, GroupId = Field("group") is { Length: > 0 } g ? g : null };
            }

            reviews.Add(new Review
            {
                Id = id,
                SubmissionId = submissionId,
                ReviewerId = Field("reviewer_id"),
                Kind = kind,
                Scores = scores,
                Comments = comments,
                OverallComment = Field("comment") is { Length: > 0 } c ? c : null,
                SubmittedAt = submittedAt,
                Weight = weight,
                Helpfulness = helpfulness,
            });
        }

        var round = new PeerAssessment { Rubric = rubric, Submissions = [.. submissions.Values], Reviews = reviews };
        problems.AddRange(round.Validate().Select(p => reviews.FindIndex(r => r.Id == p.ItemId) is var at and >= 0 ? p with { Line = RowOf(reviews[at], at) } : p));
        return (problems.Count > 0 ? null : round, problems);
    }

    private static int RowOf(Review review, int index) => review.Id.StartsWith("row-", StringComparison.Ordinal) && int.TryParse(review.Id.AsSpan(4), CultureInfo.InvariantCulture, out var row) ? row : index + 2;

    private static double? Number(string text, string field, string id, int line, List<ValidationProblem> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new ValidationProblem(id, field, $"not a number: '{text}'") { Line = line });
        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
