namespace PeerLearning.Recognition;

/// <summary>The time a leaderboard covers, in the board's time zone.</summary>
public enum LeaderboardWindow
{
    /// <summary>The ISO week (Monday 00:00 to Monday 00:00) containing the reference instant.</summary>
    Week = 0,

    /// <summary>The calendar month containing the reference instant.</summary>
    Month = 1,

    /// <summary>The calendar quarter containing the reference instant.</summary>
    Quarter = 2,

    /// <summary>Everything up to the reference instant.</summary>
    AllTime = 3,
}
