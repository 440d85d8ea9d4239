namespace PeerLearning.Assessment.Rubrics;

/// <summary>One criterion (Moodle: aspect, dimension) of a rubric.</summary>
public sealed record RubricCriterion
{
    /// <summary>An id unique in the rubric.</summary>
    public required string Id { get; init; }

    /// <summary>What the criterion judges.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The weight (0 or more). Used by <see cref="ScoringMode.WeightedPercentage"/> and, as the error weight, by <see cref="ScoringMode.NumberOfErrors"/>.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The lowest points; defaults to the lowest level, or 0 when there are no levels.</summary>
    public double? MinPoints { get; init; }

    /// <summary>The highest points; defaults to the top of the highest level. Required when there are no levels.</summary>
    public double? MaxPoints { get; init; }

    /// <summary>Ordered levels, lowest first. Empty for a free numeric scale from <see cref="MinPoints"/> to <see cref="MaxPoints"/>.</summary>
    public IReadOnlyList<RubricLevel> Levels { get; init; } = [];

    /// <summary>Whether reviewers may comment on this criterion.</summary>
    public bool AllowsComment { get; init; } = true;

    /// <summary>The lowest points a review can give.</summary>
    public double LowestPoints => MinPoints ?? (Levels.Count > 0 ? Levels.Min(l => l.Points) : 0);

    /// <summary>The highest points a review can give; 1 for a criterion without levels or maximum (a number-of-errors assertion).</summary>
    public double HighestPoints => MaxPoints ?? (Levels.Count > 0 ? Levels.Max(l => l.UpperPoints) : 1);

    /// <summary>Whether <paramref name="points"/> is a score a reviewer may give on this criterion.</summary>
    /// <param name="points">The points.</param>
    /// <returns>True when in range (and on a level when the criterion has levels).</returns>
    public bool Accepts(double points)
    {
        if (!double.IsFinite(points) || points < LowestPoints - RubricLevel.Tolerance || points > HighestPoints + RubricLevel.Tolerance)
        {
            return false;
        }

        if (Levels.Count == 0)
        {
            return true;
        }

        foreach (var level in Levels)
        {
            if (level.Contains(points))
            {
                return true;
            }
        }

        return false;
    }
}
