using System.Globalization;

namespace PeerLearning.Assessment.Rubrics;

/// <summary>Checks rubrics: every problem at once, each naming the criterion and field.</summary>
internal static class RubricValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(Rubric rubric)
    {
        var problems = new List<ValidationProblem>();
        var rubricId = string.IsNullOrWhiteSpace(rubric.Id) ? "(rubric)" : rubric.Id;
        if (string.IsNullOrWhiteSpace(rubric.Id))
        {
            problems.Add(new(rubricId, "id", "must not be empty"));
        }

        if (!Enum.IsDefined(rubric.Mode))
        {
            problems.Add(new(rubricId, "mode", $"unknown scoring mode {(int)rubric.Mode}"));
        }

        if (rubric.Criteria is null || rubric.Criteria.Count == 0)
        {
            problems.Add(new(rubricId, "criteria", "a rubric needs at least one criterion"));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var anyPositiveWeight = false;
        for (var i = 0; i < rubric.Criteria.Count; i++)
        {
            var c = rubric.Criteria[i];
            if (c is null)
            {
                problems.Add(new(rubricId, $"criteria[{i}]", "must not be null"));
                continue;
            }

            var where = string.IsNullOrWhiteSpace(c.Id) ? $"criteria[{i}]" : $"criteria[{c.Id}]";
            if (string.IsNullOrWhiteSpace(c.Id))
            {
                problems.Add(new(rubricId, $"{where}.id", "must not be empty"));
            }
            else if (!ids.Add(c.Id))
            {
                problems.Add(new(rubricId, $"{where}.id", $"duplicate criterion id '{c.Id}'"));
            }

            if (!double.IsFinite(c.Weight) || c.Weight < 0)
            {
                problems.Add(new(rubricId, $"{where}.weight", $"must be a finite number, zero or more, was {Text(c.Weight)}"));
            }
            else if (c.Weight > 0)
            {
                anyPositiveWeight = true;
            }

            CheckCriterion(rubric, c, rubricId, where, problems);
        }

        if (rubric.Mode == ScoringMode.WeightedPercentage && !anyPositiveWeight)
        {
            problems.Add(new(rubricId, "criteria", "at least one criterion weight must be positive"));
        }

        if (rubric.Mode == ScoringMode.Levels)
        {
            var spread = rubric.Criteria.Where(c => c is not null).Sum(c => c.HighestPoints - c.LowestPoints);
            if (spread <= 0)
            {
                problems.Add(new(rubricId, "criteria", "the highest total must exceed the lowest total"));
            }
        }

        CheckMappings(rubric, rubricId, problems);
        return problems;
    }

    private static void CheckCriterion(Rubric rubric, RubricCriterion c, string rubricId, string where, List<ValidationProblem> problems)
    {
        if (c.MinPoints is { } min && !double.IsFinite(min))
        {
            problems.Add(new(rubricId, $"{where}.minPoints", $"must be a finite number, was {Text(min)}"));
        }

        if (c.MaxPoints is { } max && !double.IsFinite(max))
        {
            problems.Add(new(rubricId, $"{where}.maxPoints", $"must be a finite number, was {Text(max)}"));
        }

        var levels = c.Levels ?? [];
        if (rubric.Mode == ScoringMode.Levels && levels.Count == 0)
        {
            problems.Add(new(rubricId, $"{where}.levels", "a criterion of a levels rubric needs at least one level"));
        }

        if (rubric.Mode == ScoringMode.NumberOfErrors)
        {
            if (levels.Count > 0 || (c.MinPoints ?? 0) != 0 || (c.MaxPoints ?? 1) != 1)
            {
                problems.Add(new(rubricId, $"{where}", "a number-of-errors criterion is an assertion scored 0 (failed) or 1 (passed); leave levels and min/max points unset or set them to 0 and 1"));
            }

            return;
        }

        if (levels.Count == 0 && c.MaxPoints is null && rubric.Mode != ScoringMode.CommentsOnly)
        {
            problems.Add(new(rubricId, $"{where}.maxPoints", "is required when the criterion has no levels"));
        }

        for (var j = 0; j < levels.Count; j++)
        {
            var level = levels[j];
            if (level is null)
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}]", "must not be null"));
                continue;
            }

            if (!double.IsFinite(level.Points))
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}].points", $"must be a finite number, was {Text(level.Points)}"));
            }

            if (level.MaxPoints is { } top && (!double.IsFinite(top) || top < level.Points))
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}].maxPoints", $"the range must not end ({Text(top)}) below its start ({Text(level.Points)})"));
            }

            if (j > 0 && levels[j - 1] is { } previous && level.Points <= previous.UpperPoints)
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}].points", $"levels must be ordered lowest first without overlap: {Text(level.Points)} does not exceed the previous level's {Text(previous.UpperPoints)}"));
            }

            if (c.MinPoints is { } lo && level.Points < lo)
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}].points", $"level out of range: {Text(level.Points)} is below the criterion's minPoints {Text(lo)}"));
            }

            if (c.MaxPoints is { } hi && level.UpperPoints > hi)
            {
                problems.Add(new(rubricId, $"{where}.levels[{j}].points", $"level out of range: {Text(level.UpperPoints)} is above the criterion's maxPoints {Text(hi)}"));
            }
        }

        if (rubric.Mode != ScoringMode.CommentsOnly && c.HighestPoints < c.LowestPoints)
        {
            problems.Add(new(rubricId, $"{where}.maxPoints", $"must not be below minPoints ({Text(c.HighestPoints)} < {Text(c.LowestPoints)})"));
        }
    }

    private static void CheckMappings(Rubric rubric, string rubricId, List<ValidationProblem> problems)
    {
        var mappings = rubric.ErrorMappings ?? [];
        if (rubric.Mode != ScoringMode.NumberOfErrors)
        {
            if (mappings.Count > 0)
            {
                problems.Add(new(rubricId, "errorMappings", "only a number-of-errors rubric maps errors to grades"));
            }

            return;
        }

        var seen = new HashSet<double>();
        for (var i = 0; i < mappings.Count; i++)
        {
            var m = mappings[i];
            if (m is null)
            {
                problems.Add(new(rubricId, $"errorMappings[{i}]", "must not be null"));
                continue;
            }

            if (!double.IsFinite(m.Errors) || m.Errors <= 0)
            {
                problems.Add(new(rubricId, $"errorMappings[{i}].errors", $"must be more than 0, was {Text(m.Errors)}"));
            }
            else if (!seen.Add(m.Errors))
            {
                problems.Add(new(rubricId, $"errorMappings[{i}].errors", $"duplicate number of errors {Text(m.Errors)}"));
            }

            if (!double.IsFinite(m.Grade) || m.Grade is < 0 or > 100)
            {
                problems.Add(new(rubricId, $"errorMappings[{i}].grade", $"must be from 0 to 100, was {Text(m.Grade)}"));
            }
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
