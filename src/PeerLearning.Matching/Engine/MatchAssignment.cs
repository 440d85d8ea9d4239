namespace PeerLearning.Matching;

/// <summary>One match in a result, with the explanation of its score.</summary>
public sealed record MatchAssignment
{
    /// <summary>A stable id for the match: program, provider and seeker.</summary>
    public required string MatchId { get; init; }

    /// <summary>The mentor, buddy or reverse mentor.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The provider's role.</summary>
    public required ProgramRole ProviderRole { get; init; }

    /// <summary>The mentee, newcomer or reverse mentee.</summary>
    public required string SeekerId { get; init; }

    /// <summary>The seeker's role.</summary>
    public required ProgramRole SeekerRole { get; init; }

    /// <summary>The 0–100 score: the sum of the contributions' points.</summary>
    public required double Score { get; init; }

    /// <summary>Why the score is what it is, criterion by criterion.</summary>
    public required IReadOnlyList<ScoreContribution> Contributions { get; init; }

    /// <summary>True when an administrator pinned the pair.</summary>
    public bool Pinned { get; init; }
}
