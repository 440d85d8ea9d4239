namespace PeerLearning.Recognition;

/// <summary>An approval of a kudos at one level (for example 1 = the giver's manager, 2 = HR). The host checks who may approve at which level.</summary>
/// <param name="ApproverId">Who approved.</param>
/// <param name="Level">The approval level, 1 or more.</param>
public sealed record KudosApproval(string ApproverId, int Level);
