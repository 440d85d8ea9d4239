namespace PeerLearning.Recognition;

/// <summary>The result of giving a kudos.</summary>
public sealed record KudosOutcome
{
    /// <summary>The kudos' id.</summary>
    public required string KudosId { get; init; }

    /// <summary>What happened.</summary>
    public required KudosStatus Status { get; init; }

    /// <summary>The combined verdict of all policies (the most severe one).</summary>
    public required KudosVerdict Verdict { get; init; }

    /// <summary>Every answer that was not a plain allow, in policy order: the reasons to show.</summary>
    public IReadOnlyList<KudosPolicyDecision> Decisions { get; init; } = [];

    /// <summary>Whether any policy flagged the kudos for review (kept even when it was recorded).</summary>
    public bool Flagged => Decisions.Any(d => d.Verdict == KudosVerdict.Flag);

    /// <summary>Points each receiver got (zero unless <see cref="Status"/> is <see cref="KudosStatus.Recorded"/>).</summary>
    public int PointsPerReceiver { get; init; }

    /// <summary>Approval levels still missing when <see cref="Status"/> is <see cref="KudosStatus.PendingApproval"/>.</summary>
    public IReadOnlyList<int> MissingApprovalLevels { get; init; } = [];

    /// <summary>The ledger entries recorded.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];
}
