namespace PeerLearning.Matching;

/// <summary>Everything prepared for solving: pools, pinned matches, the candidate graph and per-person constraint tallies.</summary>
internal sealed record CandidateSet
{
    public required IReadOnlyList<Participant> Population { get; init; }

    public required ProgramDefinition Program { get; init; }

    public required ProgramRoles Roles { get; init; }

    public required DateOnly AsOf { get; init; }

    public required int Seed { get; init; }

    public required MatchingRequest Request { get; init; }

    public required Participant[] Providers { get; init; }

    public required Participant[] Seekers { get; init; }

    /// <summary>Capacity per provider before pinned matches.</summary>
    public required int[] ProviderCapacity { get; init; }

    /// <summary>Demand per seeker before pinned matches.</summary>
    public required int[] SeekerDemand { get; init; }

    /// <summary>Pinned (seeker position, provider position) pairs.</summary>
    public required IReadOnlyList<(int Seeker, int Provider)> Pinned { get; init; }

    /// <summary>The graph over the remaining demand and capacity.</summary>
    public required CandidateGraph Graph { get; init; }

    /// <summary>Feasible pairs per seeker (before top-k).</summary>
    public required int[] SeekerFeasible { get; init; }

    /// <summary>Feasible pairs per provider (before top-k).</summary>
    public required int[] ProviderFeasible { get; init; }

    /// <summary>Per seeker, pairs removed by each constraint kind: [seeker × kinds + kind].</summary>
    public required int[] Removed { get; init; }

    public required IReadOnlyList<UnmatchedParticipant> Ineligible { get; init; }

    public required CandidatePruning Pruning { get; init; }

    public required PairConstraintChecker Checker { get; init; }

    /// <summary>The row scorer, kept to widen the candidates of seekers a first solve left short.</summary>
    public required CandidateScorer Scorer { get; init; }
}
