namespace PeerLearning.Assessment.Assignment;

/// <summary>A submission that could not get all its reviewers, and why.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Assigned">Reviewers assigned.</param>
/// <param name="Required">Reviewers required (k).</param>
/// <param name="Reason">Why k was impossible.</param>
public sealed record AssignmentShortfall(string SubmissionId, int Assigned, int Required, string Reason);
