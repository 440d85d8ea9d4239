namespace PeerLearning.Recognition;

/// <summary>What a leaderboard ranks by.</summary>
public enum LeaderboardMetric
{
    /// <summary>Points received: earned (peer) plus organization-funded, revocations deducted.</summary>
    Points = 0,

    /// <summary>Recognitions received: kudos received plus point-bearing organization awards, revocations deducted.</summary>
    Recognitions = 1,
}
