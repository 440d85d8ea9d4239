using System.Globalization;

namespace PeerLearning.Assessment.Rubrics;

/// <summary>
/// Predetermined criteria that reviewers judge work against, and the <see cref="Mode"/> that turns the points
/// they give into a grade from 0 to 100. Check a rubric with <see cref="Validate"/> before use.
/// </summary>
public sealed record Rubric
{
    /// <summary>A stable id.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to people.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>How points become a grade.</summary>
    public ScoringMode Mode { get; init; } = ScoringMode.Levels;

    /// <summary>The criteria, in display order.</summary>
    public required IReadOnlyList<RubricCriterion> Criteria { get; init; }

    /// <summary>For <see cref="ScoringMode.NumberOfErrors"/>: the grade for each number of errors (0 errors is always 100).</summary>
    public IReadOnlyList<ErrorGradeMapping> ErrorMappings { get; init; } = [];

    /// <summary>The index of the criterion with <paramref name="criterionId"/>, or -1.</summary>
    /// <param name="criterionId">The criterion id.</param>
    /// <returns>The index in <see cref="Criteria"/>.</returns>
    public int IndexOf(string criterionId)
    {
        for (var i = 0; i < Criteria.Count; i++)
        {
            if (string.Equals(Criteria[i].Id, criterionId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The grade from 0 to 100 for the points given per criterion. Criteria without points are left out
    /// (their weight does not count); with <see cref="ScoringMode.CommentsOnly"/> or no points at all the grade is null.
    /// </summary>
    /// <param name="points">Points by criterion id.</param>
    /// <returns>The grade, or null when there is none.</returns>
    /// <exception cref="PeerLearningValidationException">A criterion id is unknown or points are out of range.</exception>
    public double? Score(IReadOnlyDictionary<string, double> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var problems = new List<ValidationProblem>();
        var vector = new double[Criteria.Count];
        Array.Fill(vector, double.NaN);
        foreach (var (id, value) in points)
        {
            var index = IndexOf(id);
            if (index < 0)
            {
                problems.Add(new ValidationProblem(Id, $"criteria[{id}]", "unknown criterion"));
            }
            else if (!Criteria[index].Accepts(value))
            {
                problems.Add(new ValidationProblem(Id, $"criteria[{id}]", $"points {value.ToString(CultureInfo.InvariantCulture)} are not a level of the criterion or are out of range {Criteria[index].LowestPoints.ToString(CultureInfo.InvariantCulture)}..{Criteria[index].HighestPoints.ToString(CultureInfo.InvariantCulture)}"));
            }
            else
            {
                vector[index] = value;
            }
        }

        PeerLearningValidationException.ThrowIfAny(problems);
        return Score(vector);
    }

    /// <summary>Scores a vector of points in criterion order; NaN marks a missing criterion. Values are not range-checked.</summary>
    internal double? Score(ReadOnlySpan<double> points)
    {
        switch (Mode)
        {
            case ScoringMode.CommentsOnly:
                return null;
            case ScoringMode.NumberOfErrors:
                {
                    var any = false;
                    var errors = 0.0;
                    for (var i = 0; i < Criteria.Count; i++)
                    {
                        if (double.IsNaN(points[i]))
                        {
                            continue;
                        }

                        any = true;
                        var c = Criteria[i];
                        var range = c.HighestPoints - c.LowestPoints;
                        var passed = range > 0 ? (points[i] - c.LowestPoints) / range : 1;
                        errors += c.Weight * (1 - passed);
                    }

                    return any ? GradeForErrors(errors) : null;
                }

            default:
                {
                    var (slope, offset, any) = Linear(points);
                    if (!any)
                    {
                        return null;
                    }

                    var grade = offset;
                    for (var i = 0; i < Criteria.Count; i++)
                    {
                        if (!double.IsNaN(points[i]))
                        {
                            grade += slope[i] * points[i];
                        }
                    }

                    return Math.Clamp(grade, 0, 100);
                }
        }
    }

    /// <summary>
    /// For the linear modes, the grade as Σ slopeᵢ·xᵢ + offset over the criteria present in <paramref name="points"/>
    /// (used to carry standard errors from criteria to the grade). Null for the non-linear modes.
    /// </summary>
    internal double[]? Slopes(ReadOnlySpan<double> points) =>
        Mode is ScoringMode.CommentsOnly or ScoringMode.NumberOfErrors ? null : Linear(points).Slope;

    /// <summary>The grade for a weighted number of errors: the mapping of the largest threshold not above it, 100 when none applies.</summary>
    /// <param name="errors">The weighted number of errors.</param>
    /// <returns>The grade from 0 to 100.</returns>
    public double GradeForErrors(double errors)
    {
        var grade = 100.0;
        var best = double.NegativeInfinity;
        foreach (var m in ErrorMappings)
        {
            if (m.Errors <= errors + RubricLevel.Tolerance && m.Errors > best)
            {
                best = m.Errors;
                grade = m.Grade;
            }
        }

        return Math.Clamp(grade, 0, 100);
    }

    /// <summary>Checks the rubric and reports every problem at once.</summary>
    /// <returns>The problems; empty when the rubric is valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => RubricValidator.Validate(this);

    private (double[] Slope, double Offset, bool Any) Linear(ReadOnlySpan<double> points)
    {
        var slope = new double[Criteria.Count];
        var any = false;
        double sumMin = 0, sumMax = 0, sumWeight = 0;
        for (var i = 0; i < Criteria.Count; i++)
        {
            if (double.IsNaN(points[i]))
            {
                continue;
            }

            any = true;
            var c = Criteria[i];
            sumMin += c.LowestPoints;
            sumMax += c.HighestPoints;
            sumWeight += c.Weight;
        }

        if (!any)
        {
            return (slope, 0, false);
        }

        var offset = 0.0;
        for (var i = 0; i < Criteria.Count; i++)
        {
            if (double.IsNaN(points[i]))
            {
                continue;
            }

            var c = Criteria[i];
            switch (Mode)
            {
                case ScoringMode.SumOfPoints:
                    slope[i] = sumMax > 0 ? 100 / sumMax : 0;
                    break;
                case ScoringMode.Levels:
                    slope[i] = sumMax > sumMin ? 100 / (sumMax - sumMin) : 0;
                    offset -= slope[i] * c.LowestPoints;
                    break;
                case ScoringMode.WeightedPercentage:
                    var range = c.HighestPoints - c.LowestPoints;
                    slope[i] = sumWeight > 0 && range > 0 ? 100 * c.Weight / (range * sumWeight) : 0;
                    offset -= slope[i] * c.LowestPoints;
                    break;
            }
        }

        return (slope, offset, true);
    }
}
