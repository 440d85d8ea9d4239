namespace PeerLearning.Assessment.Simulation;

/// <summary>How a simulated reviewer behaves.</summary>
public enum ReviewerBehavior
{
    /// <summary>True score plus a small personal bias and personal noise.</summary>
    Typical = 0,

    /// <summary>Scores well below the truth.</summary>
    Harsh = 1,

    /// <summary>Scores well above the truth.</summary>
    Lenient = 2,

    /// <summary>Scores at random, ignoring the work.</summary>
    Random = 3,

    /// <summary>Gives the same score to everything.</summary>
    Flat = 4,
}
