namespace PeerLearning;

/// <summary>
/// Rules a match must never break. Engines remove every pair that breaks one before they optimize.
/// </summary>
public sealed record HardConstraints
{
    /// <summary>Never pair a person with anyone in their management chain, up or down (manager, skip-level, direct report...).</summary>
    public bool ExcludeManagementChain { get; init; } = true;

    /// <summary>The two people must share at least one language.</summary>
    public bool RequireSharedLanguage { get; init; } = true;

    /// <summary>Minimum overlap of the two people's <see cref="WorkingHours"/> in hours; null for no minimum.</summary>
    public double? MinTimeZoneOverlapHours { get; init; }

    /// <summary>The local working day used for <see cref="MinTimeZoneOverlapHours"/>.</summary>
    public WorkingHours WorkingHours { get; init; } = WorkingHours.Default;

    /// <summary>Pairs an administrator has ruled out.</summary>
    public IReadOnlyList<ParticipantPair> ExcludedPairs { get; init; } = [];

    /// <summary>Pairs that met in earlier rounds.</summary>
    public IReadOnlyList<ParticipantPair> PriorPairings { get; init; } = [];

    /// <summary>Do not repeat any pair listed in <see cref="PriorPairings"/>.</summary>
    public bool NoRepeatPairings { get; init; } = true;

    /// <summary>The defaults: no management chain, a shared language, no repeats.</summary>
    public static HardConstraints Default { get; } = new();
}
