namespace PeerLearning.Assessment.Reviews;

/// <summary>Who wrote a review, relative to the work.</summary>
public enum ReviewKind
{
    /// <summary>A peer reviewed someone else's work.</summary>
    Peer = 0,

    /// <summary>An author assessed their own work (self-assessment); compared with peers, never aggregated into the grade.</summary>
    Self = 1,

    /// <summary>An instructor or expert reviewed the work; used as the reference for calibration and as a teacher's assessment.</summary>
    Expert = 2,
}
