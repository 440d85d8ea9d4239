namespace PeerLearning.Recognition;

/// <summary>What happened to a kudos.</summary>
public enum KudosStatus
{
    /// <summary>Recorded with its points.</summary>
    Recorded = 0,

    /// <summary>Recorded as thanks without points.</summary>
    RecordedWithoutPoints = 1,

    /// <summary>
    /// Held: approvals are missing. Nothing was recorded in the ledger; the request is kept in the store as a
    /// <see cref="PendingKudos"/> (it survives a restart). Add approvals with <see cref="KudosEngine.ApproveAsync"/>, or
    /// submit it again with them.
    /// </summary>
    PendingApproval = 2,

    /// <summary>Refused. Nothing was recorded.</summary>
    Blocked = 3,

    /// <summary>The same kudos id was recorded before; nothing new was recorded and no event was raised.</summary>
    Duplicate = 4,
}
