namespace PeerLearning.Assessment.Assignment;

/// <summary>The assignment, with the submissions for which k was impossible.</summary>
/// <param name="Assignments">Reviewer–submission pairs, ordered by submission (input order) then reviewer id.</param>
/// <param name="Shortfalls">Submissions that got fewer than k reviewers, naming why.</param>
/// <param name="MinLoad">The fewest reviews any reviewer got.</param>
/// <param name="MaxLoad">The most reviews any reviewer got.</param>
/// <param name="TotalAffinity">The sum of affinities of the assigned pairs.</param>
/// <param name="CandidatesLimited">Whether candidates per submission were limited (large instances).</param>
public sealed record AssignmentResult(
    IReadOnlyList<ReviewAssignment> Assignments,
    IReadOnlyList<AssignmentShortfall> Shortfalls,
    int MinLoad,
    int MaxLoad,
    double TotalAffinity,
    bool CandidatesLimited);
