namespace PeerLearning.Matching;

/// <summary>What an administrator asks of one matching run, beyond the program itself.</summary>
public sealed record MatchingRequest
{
    /// <summary>The strategy's name; null for <see cref="MatchingOptions.DefaultStrategy"/>.</summary>
    public string? Strategy { get; init; }

    /// <summary>The seed that breaks ties; null for <see cref="MatchingOptions.Seed"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Pairs that must be in the result (locked or staged matches); they use capacity like any other match.</summary>
    public IReadOnlyList<MatchPair> PinnedPairs { get; init; } = [];

    /// <summary>Pairs that must not be in the result, for this run only.</summary>
    public IReadOnlyList<MatchPair> ForbiddenPairs { get; init; } = [];

    /// <summary>
    /// Rankings people supplied: seeker id → provider ids, most wanted first. Listed providers rank above every
    /// unlisted one; the rest follow by score. Used by the stable strategy and the blocking-pair count.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SeekerPreferences { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Rankings providers supplied: provider id → seeker ids, most wanted first (see <see cref="SeekerPreferences"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ProviderPreferences { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The date eligibility and time zones are evaluated at when the program sets none; null for today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The default request.</summary>
    public static MatchingRequest Default { get; } = new();
}
