namespace PeerLearning.Recognition;

/// <summary>Kudos whose total points reach <paramref name="MinTotalPoints"/> need an approval at <paramref name="Level"/>.</summary>
/// <param name="MinTotalPoints">The total points (per receiver times receivers) from which the level is needed.</param>
/// <param name="Level">The approval level (1 = first approver, 2 = the next, ...).</param>
public sealed record ApprovalThreshold(long MinTotalPoints, int Level);
