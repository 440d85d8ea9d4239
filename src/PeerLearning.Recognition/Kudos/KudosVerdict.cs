namespace PeerLearning.Recognition;

/// <summary>
/// What a kudos policy answers. When several policies answer, the most severe wins, in this order (least first):
/// <see cref="Allow"/>, <see cref="Flag"/>, <see cref="AllowWithoutPoints"/>, <see cref="RequireApproval"/>, <see cref="Block"/>.
/// Flags are kept even when a more severe answer wins.
/// </summary>
public enum KudosVerdict
{
    /// <summary>Nothing against it.</summary>
    Allow = 0,

    /// <summary>Record it, and put it in front of a reviewer.</summary>
    Flag = 1,

    /// <summary>Record the thanks, but with zero points.</summary>
    AllowWithoutPoints = 2,

    /// <summary>Hold it until approvals at the required levels are collected.</summary>
    RequireApproval = 3,

    /// <summary>Refuse it; nothing is recorded.</summary>
    Block = 4,
}
