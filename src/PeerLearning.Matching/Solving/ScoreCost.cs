namespace PeerLearning.Matching;

/// <summary>Turns 0–100 scores into the non-negative integer costs the exact solvers minimize.</summary>
internal static class ScoreCost
{
    /// <summary>Cost units per score point: scores are optimized to 1/10,000 of a point.</summary>
    public const long Scale = 10_000;

    /// <summary>The cost of a pair: how far its score is below 100, in integer units.</summary>
    public static long Of(double score) => (long)Math.Round((100.0 - score) * Scale);

    /// <summary>
    /// The cost of leaving one unit of demand unserved: larger than any difference in total pair cost, so the
    /// solvers first serve as much demand as possible, then maximize the total score.
    /// </summary>
    public static long Unassigned(long maxUnits) => (100 * Scale * (maxUnits + 1)) + 1;
}
