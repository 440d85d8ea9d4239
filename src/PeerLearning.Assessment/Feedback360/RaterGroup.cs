namespace PeerLearning.Assessment.Feedback360;

/// <summary>The relationship of a 360 rater to the person rated.</summary>
public enum RaterGroup
{
    /// <summary>The person rates themself (never anonymous, always shown).</summary>
    Self = 0,

    /// <summary>The person's manager.</summary>
    Manager = 1,

    /// <summary>Colleagues at the same level.</summary>
    Peer = 2,

    /// <summary>People who report to the person.</summary>
    DirectReport = 3,

    /// <summary>Anyone else (customers, other teams).</summary>
    Other = 4,
}
