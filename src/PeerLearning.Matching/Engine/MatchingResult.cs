namespace PeerLearning.Matching;

/// <summary>The outcome of a matching run: matches with explanations, who is unmatched and why, and the quality report.</summary>
public sealed record MatchingResult
{
    /// <summary>The program matched.</summary>
    public required string ProgramId { get; init; }

    /// <summary>The strategy used.</summary>
    public required string Strategy { get; init; }

    /// <summary>The seed used.</summary>
    public required int Seed { get; init; }

    /// <summary>The date eligibility and time zones were evaluated at.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Pending until an administrator publishes it.</summary>
    public MatchStatus Status { get; init; } = MatchStatus.Pending;

    /// <summary>The matches, ordered by seeker then provider id.</summary>
    public required IReadOnlyList<MatchAssignment> Matches { get; init; }

    /// <summary>Everyone left without (enough) matches, and why.</summary>
    public required IReadOnlyList<UnmatchedParticipant> Unmatched { get; init; }

    /// <summary>The quality of the result.</summary>
    public required MatchQualityReport Quality { get; init; }

    /// <summary>How candidate generation limited the problem.</summary>
    public required CandidatePruning Pruning { get; init; }

    /// <summary>Matches of an earlier result this one replaces (after a re-match); they end when this result is published.</summary>
    public IReadOnlyList<MatchAssignment> Replaces { get; init; } = [];
}
