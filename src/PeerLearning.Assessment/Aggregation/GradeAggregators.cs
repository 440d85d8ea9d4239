namespace PeerLearning.Assessment.Aggregation;

/// <summary>The built-in aggregation methods, selectable by name.</summary>
public static class GradeAggregators
{
    /// <summary>Every built-in method.</summary>
    public static IReadOnlyList<IGradeAggregator> BuiltIn { get; } =
    [
        new MeanAggregator(),
        new MedianAggregator(),
        new TrimmedMeanAggregator(),
        new ShrunkMeanAggregator(),
        new ReliabilityWeightedAggregator(),
        new CalibrationWeightedAggregator(),
        new MoodleWeightedMeanAggregator(),
        new PeerRankAggregator(),
        new Pg1Aggregator(gibbs: false),
        new Pg1Aggregator(gibbs: true),
    ];

    /// <summary>The built-in method called <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A name from <see cref="AggregationMethods"/>.</param>
    /// <returns>The method.</returns>
    /// <exception cref="PeerLearningValidationException">No built-in method has that name.</exception>
    public static IGradeAggregator Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return BuiltIn.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new PeerLearningValidationException("aggregation", "method", $"unknown method '{name}'; known: {string.Join(", ", AggregationMethods.All)}");
    }
}
