namespace PeerLearning.Assessment.Assignment;

/// <summary>A person who can review.</summary>
public sealed record ReviewerCandidate
{
    /// <summary>The reviewer's id (the same id as in submissions' author lists).</summary>
    public required string Id { get; init; }

    /// <summary>The reviewer's department, for spreading reviewers across departments.</summary>
    public string? Department { get; init; }

    /// <summary>Groups the reviewer belongs to; a reviewer never reviews a submission of their own group.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];
}

/// <summary>A reviewer who must not review a submission (a declared conflict of interest).</summary>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="SubmissionId">The submission.</param>
public sealed record ReviewConflict(string ReviewerId, string SubmissionId);

/// <summary>How well a reviewer fits a submission (expertise), from 0 to 1; pairs not listed have 0.</summary>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Score">The affinity from 0 to 1.</param>
public sealed record ReviewAffinity(string ReviewerId, string SubmissionId, double Score);

/// <summary>One reviewer assigned to one submission.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="ReviewerId">The reviewer.</param>
public sealed record ReviewAssignment(string SubmissionId, string ReviewerId);

/// <summary>A submission that could not get all its reviewers, and why.</summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="Assigned">Reviewers assigned.</param>
/// <param name="Required">Reviewers required (k).</param>
/// <param name="Reason">Why k was impossible.</param>
public sealed record AssignmentShortfall(string SubmissionId, int Assigned, int Required, string Reason);
