using System.Globalization;

namespace PeerLearning.Assessment.Reviews;

/// <summary>Checks a round of peer assessment; every problem at once, naming the item and field.</summary>
internal static class PeerAssessmentValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(PeerAssessment round)
    {
        var problems = new List<ValidationProblem>(round.Rubric.Validate());
        var submissions = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < round.Submissions.Count; i++)
        {
            var s = round.Submissions[i];
            var id = string.IsNullOrWhiteSpace(s?.Id) ? $"submission #{i + 1}" : s.Id;
            if (s is null)
            {
                problems.Add(new(id, "(submission)", "must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(s.Id))
            {
                problems.Add(new(id, "id", "must not be empty"));
            }
            else if (!submissions.Add(s.Id))
            {
                problems.Add(new(id, "id", "duplicate submission id"));
            }

            if (s.GradeOverride is { } o && (!double.IsFinite(o) || o is < 0 or > 100))
            {
                problems.Add(new(id, "gradeOverride", $"must be from 0 to 100, was {Text(o)}"));
            }
        }

        var reviewIds = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string, ReviewKind)>();
        for (var i = 0; i < round.Reviews.Count; i++)
        {
            var r = round.Reviews[i];
            var id = string.IsNullOrWhiteSpace(r?.Id) ? $"review #{i + 1}" : r.Id;
            if (r is null)
            {
                problems.Add(new(id, "(review)", "must not be null"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Id))
            {
                problems.Add(new(id, "id", "must not be empty"));
            }
            else if (!reviewIds.Add(r.Id))
            {
                problems.Add(new(id, "id", "duplicate review id"));
            }

            if (!submissions.Contains(r.SubmissionId ?? string.Empty))
            {
                problems.Add(new(id, "submissionId", $"unknown submission '{r.SubmissionId}'"));
            }

            if (string.IsNullOrWhiteSpace(r.ReviewerId))
            {
                problems.Add(new(id, "reviewerId", "must not be empty"));
            }
            else if (!pairs.Add((r.SubmissionId ?? string.Empty, r.ReviewerId, r.Kind)))
            {
                problems.Add(new(id, "reviewerId", $"reviewer '{r.ReviewerId}' already reviewed submission '{r.SubmissionId}'"));
            }

            if (!Enum.IsDefined(r.Kind))
            {
                problems.Add(new(id, "kind", $"unknown review kind {(int)r.Kind}"));
            }

            if (!double.IsFinite(r.Weight) || r.Weight < 0)
            {
                problems.Add(new(id, "weight", $"must be a finite number, zero or more, was {Text(r.Weight)}"));
            }

            if (r.Helpfulness is { } h && (!double.IsFinite(h) || h is < 1 or > 5))
            {
                problems.Add(new(id, "helpfulness", $"must be from 1 to 5, was {Text(h)}"));
            }

            foreach (var (criterionId, points) in r.Scores)
            {
                var index = round.Rubric.IndexOf(criterionId);
                if (index < 0)
                {
                    problems.Add(new(id, $"scores[{criterionId}]", "unknown criterion"));
                }
                else if (!round.Rubric.Criteria[index].Accepts(points))
                {
                    var c = round.Rubric.Criteria[index];
                    problems.Add(new(id, $"scores[{criterionId}]", $"level out of range: {Text(points)} is not a level of the criterion or lies outside {Text(c.LowestPoints)}..{Text(c.HighestPoints)}"));
                }
            }

            foreach (var criterionId in r.Comments.Keys)
            {
                var index = round.Rubric.IndexOf(criterionId);
                if (index < 0)
                {
                    problems.Add(new(id, $"comments[{criterionId}]", "unknown criterion"));
                }
                else if (!round.Rubric.Criteria[index].AllowsComment)
                {
                    problems.Add(new(id, $"comments[{criterionId}]", "the criterion does not take comments"));
                }
            }
        }

        return problems;
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
