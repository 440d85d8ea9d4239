namespace PeerLearning.Assessment.Rubrics;

/// <summary>One ordered level of achievement of a criterion: a descriptor with points or a point range.</summary>
public sealed record RubricLevel
{
    /// <summary>What a piece of work at this level looks like.</summary>
    public string Descriptor { get; init; } = string.Empty;

    /// <summary>The level's points, or the lower end of its range when <see cref="MaxPoints"/> is set.</summary>
    public required double Points { get; init; }

    /// <summary>The upper end of the level's point range, when the level is a range rather than a single value.</summary>
    public double? MaxPoints { get; init; }

    /// <summary>The highest points this level allows.</summary>
    public double UpperPoints => MaxPoints ?? Points;

    /// <summary>Whether <paramref name="points"/> falls on this level.</summary>
    /// <param name="points">The points a reviewer gave.</param>
    /// <returns>True when the points equal the level's points or lie in its range.</returns>
    public bool Contains(double points) => MaxPoints is { } max
        ? points >= Points - Tolerance && points <= max + Tolerance
        : Math.Abs(points - Points) <= Tolerance;

    internal const double Tolerance = 1e-9;
}
