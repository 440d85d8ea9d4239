namespace PeerLearning.Assessment.Assignment;

/// <summary>A reviewer who must not review a submission (a declared conflict of interest).</summary>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="SubmissionId">The submission.</param>
public sealed record ReviewConflict(string ReviewerId, string SubmissionId);
