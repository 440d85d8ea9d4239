namespace PeerLearning.Assessment.Assignment;

/// <summary>One reviewer assigned to one submission.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="ReviewerId">The reviewer.</param>
public sealed record ReviewAssignment(string SubmissionId, string ReviewerId);
