namespace PeerLearning.Matching;

/// <summary>Several strategies run on the same input (same candidates), side by side.</summary>
/// <param name="Results">One result per strategy, in the order asked.</param>
public sealed record StrategyComparison(IReadOnlyList<MatchingResult> Results)
{
    /// <summary>The quality reports, one row per strategy.</summary>
    public IReadOnlyList<MatchQualityReport> Reports => [.. Results.Select(r => r.Quality)];
}
