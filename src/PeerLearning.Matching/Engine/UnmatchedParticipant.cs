namespace PeerLearning.Matching;

/// <summary>A participant left without (enough) matches, and why.</summary>
public sealed record UnmatchedParticipant
{
    /// <summary>The participant.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>The role they were to be matched in.</summary>
    public required ProgramRole Role { get; init; }

    /// <summary>The reason.</summary>
    public required UnmatchedReason Reason { get; init; }

    /// <summary>The reason in words, with counts.</summary>
    public required string Detail { get; init; }

    /// <summary>For each hard constraint, how many candidates it removed (the first rule each pair broke).</summary>
    public IReadOnlyDictionary<ConstraintKind, int> CandidatesRemovedBy { get; init; } = new Dictionary<ConstraintKind, int>();
}
