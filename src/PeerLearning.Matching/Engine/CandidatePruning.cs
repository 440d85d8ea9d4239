namespace PeerLearning.Matching;

/// <summary>How candidate generation limited the problem, and whether that may have cost optimality.</summary>
/// <param name="CandidatesPerSeeker">The top-k limit used; 0 for none.</param>
/// <param name="FeasiblePairs">Pairs that passed every hard constraint.</param>
/// <param name="KeptPairs">Pairs kept for solving.</param>
/// <param name="SeekersTruncated">Seekers who had more feasible candidates than the limit.</param>
public sealed record CandidatePruning(int CandidatesPerSeeker, long FeasiblePairs, long KeptPairs, int SeekersTruncated)
{
    /// <summary>
    /// True when some seeker lost feasible candidates to the top-k limit, so an optimal strategy is optimal on the
    /// kept candidates only (raise <see cref="MatchingOptions.CandidatesPerSeeker"/> or set it to 0 to be sure).
    /// </summary>
    public bool MayCostOptimality => SeekersTruncated > 0;
}
