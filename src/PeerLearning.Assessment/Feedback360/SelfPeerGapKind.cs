namespace PeerLearning.Assessment.Feedback360;

/// <summary>The reading of a self/peer gap.</summary>
public enum SelfPeerGapKind
{
    /// <summary>Self and peers agree within the threshold.</summary>
    Aligned = 0,

    /// <summary>The author rates themself well above the peers (over-estimation).</summary>
    BlindSpot = 1,

    /// <summary>The peers rate the author well above the author's own view (under-estimation).</summary>
    HiddenStrength = 2,
}
