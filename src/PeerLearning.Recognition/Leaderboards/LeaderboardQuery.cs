namespace PeerLearning.Recognition;

/// <summary>Which leaderboard to build.</summary>
public sealed record LeaderboardQuery
{
    /// <summary>The time covered. Default <see cref="LeaderboardWindow.Month"/>.</summary>
    public LeaderboardWindow Window { get; init; } = LeaderboardWindow.Month;

    /// <summary>What to rank by. Default <see cref="LeaderboardMetric.Points"/>.</summary>
    public LeaderboardMetric Metric { get; init; } = LeaderboardMetric.Points;

    /// <summary>Whose people. Default <see cref="LeaderboardScope.Organization"/>.</summary>
    public LeaderboardScope Scope { get; init; } = LeaderboardScope.Organization;

    /// <summary>The department or team name for those scopes.</summary>
    public string? ScopeName { get; init; }

    /// <summary>The reference instant: the window is the one containing it.</summary>
    public required DateTimeOffset At { get; init; }
}
