namespace PeerLearning.Assessment.Assignment;

/// <summary>How well a reviewer fits a submission (expertise), from 0 to 1; pairs not listed have 0.</summary>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Score">The affinity from 0 to 1.</param>
public sealed record ReviewAffinity(string ReviewerId, string SubmissionId, double Score);
