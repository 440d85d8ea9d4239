using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Assignment;

/// <summary>What to assign: submissions, reviewers, k and the constraints.</summary>
public sealed record AssignmentRequest
{
    /// <summary>The submissions (authors and group are taken from them).</summary>
    public required IReadOnlyList<Submission> Submissions { get; init; }

    /// <summary>The reviewers.</summary>
    public required IReadOnlyList<ReviewerCandidate> Reviewers { get; init; }

    /// <summary>Reviewers per submission (k). Default 3.</summary>
    public int ReviewersPerSubmission { get; init; } = 3;

    /// <summary>Pairs that must not be assigned.</summary>
    public IReadOnlyList<ReviewConflict> Conflicts { get; init; } = [];

    /// <summary>Optional affinities to maximise (after coverage and balance).</summary>
    public IReadOnlyList<ReviewAffinity> Affinities { get; init; } = [];

    /// <summary>Prefer reviewers of a submission from different departments (and not the authors' department).</summary>
    public bool SpreadAcrossDepartments { get; init; }

    /// <summary>
    /// Candidate reviewers considered per submission; 0 (default) considers every eligible reviewer when that is at most
    /// 4 million pairs, else 32 or 8k (whichever is larger) chosen by affinity and then by the seed.
    /// </summary>
    public int CandidatesPerSubmission { get; init; }

    /// <summary>The seed: the same request and seed give the same assignment.</summary>
    public long Seed { get; init; } = 1;
}
