namespace PeerLearning.Assessment.Aggregation;

/// <summary>What a method learned about one reviewer, in percent of each criterion's range (averaged over criteria).</summary>
public sealed record ReviewerEstimate
{
    /// <summary>The reviewer.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>The peer reviews the reviewer wrote.</summary>
    public int ReviewCount { get; init; }

    /// <summary>Estimated bias: positive for lenient, negative for harsh (percent of range), when the method estimates it.</summary>
    public double? Bias { get; init; }

    /// <summary>Estimated noise standard deviation (percent of range); smaller is more reliable.</summary>
    public double? NoiseStandardDeviation { get; init; }

    /// <summary>The weight the method gave the reviewer, relative to an average reviewer (1).</summary>
    public double? Weight { get; init; }
}
