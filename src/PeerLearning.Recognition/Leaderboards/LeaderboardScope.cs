namespace PeerLearning.Recognition;

/// <summary>Whose people a leaderboard compares.</summary>
public enum LeaderboardScope
{
    /// <summary>Everyone in the directory.</summary>
    Organization = 0,

    /// <summary>People of one department.</summary>
    Department = 1,

    /// <summary>People of one team.</summary>
    Team = 2,
}
