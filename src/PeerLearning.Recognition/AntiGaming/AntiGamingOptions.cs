namespace PeerLearning.Recognition;

/// <summary>Thresholds of the anti-gaming detectors. Every detector flags for review; blocking is opt-in per detector.</summary>
public sealed class AntiGamingOptions
{
    /// <summary>The detector name for reciprocal giving.</summary>
    public const string Reciprocity = "reciprocity";

    /// <summary>The detector name for a giver concentrating points on one receiver.</summary>
    public const string AllowanceShare = "allowance-share";

    /// <summary>The detector name for closed giving cycles of three people.</summary>
    public const string Cycle = "cycle";

    /// <summary>The detector name for duplicate or near-duplicate messages.</summary>
    public const string DuplicateMessages = "duplicate-messages";

    /// <summary>The detector name for sudden rank jumps.</summary>
    public const string RankJump = "rank-jump";

    /// <summary>How far back the kudos detectors look. Default 30 days.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A pair is reciprocal when min/max of their kudos to each other reaches this. Default 0.8.</summary>
    public double ReciprocityRatio { get; set; } = 0.8;

    /// <summary>The fewest kudos between a pair (both directions together) before reciprocity is judged. Default 6.</summary>
    public int MinPairKudos { get; set; } = 6;

    /// <summary>The largest share of a giver's points one receiver may get before a flag. Default 0.5.</summary>
    public double MaxShareToOneReceiver { get; set; } = 0.5;

    /// <summary>The fewest points a giver must have given before the share is judged. Default 50.</summary>
    public long MinPointsForShare { get; set; } = 50;

    /// <summary>The fewest kudos on each edge of a three-person cycle. Default 2.</summary>
    public int MinCycleEdgeKudos { get; set; } = 2;

    /// <summary>Character-trigram Jaccard similarity from which two messages are near-duplicates. Default 0.85.</summary>
    public double NearDuplicateSimilarity { get; set; } = 0.85;

    /// <summary>The fewest same or near-same messages by one giver before a flag. Default 3.</summary>
    public int MinDuplicateMessages { get; set; } = 3;

    /// <summary>The fewest positions someone must climb between two boards to be flagged. Default 10.</summary>
    public int MinRankJump { get; set; } = 10;

    /// <summary>Detectors whose findings block the kudos instead of flagging it (empty by default: flag only).</summary>
    public ISet<string> AutoBlock { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        const string item = "antiGaming";
        var problems = new List<ValidationProblem>();
        if (Window <= TimeSpan.Zero)
        {
            problems.Add(new(item, "window", "must be positive"));
        }

        if (ReciprocityRatio is <= 0 or > 1 || double.IsNaN(ReciprocityRatio))
        {
            problems.Add(new(item, "reciprocityRatio", "must be in (0, 1]"));
        }

        if (MaxShareToOneReceiver is <= 0 or > 1 || double.IsNaN(MaxShareToOneReceiver))
        {
            problems.Add(new(item, "maxShareToOneReceiver", "must be in (0, 1]"));
        }

        if (NearDuplicateSimilarity is <= 0 or > 1 || double.IsNaN(NearDuplicateSimilarity))
        {
            problems.Add(new(item, "nearDuplicateSimilarity", "must be in (0, 1]"));
        }

        foreach (var (value, name) in new[] { (MinPairKudos, "minPairKudos"), (MinCycleEdgeKudos, "minCycleEdgeKudos"), (MinDuplicateMessages, "minDuplicateMessages"), (MinRankJump, "minRankJump") })
        {
            if (value < 1)
            {
                problems.Add(new(item, name, $"must be 1 or more, was {value}"));
            }
        }

        if (MinPointsForShare < 0)
        {
            problems.Add(new(item, "minPointsForShare", "must not be negative"));
        }

        var known = new[] { Reciprocity, AllowanceShare, Cycle, DuplicateMessages, RankJump };
        foreach (var d in AutoBlock.Where(d => !known.Contains(d)))
        {
            problems.Add(new(item, "autoBlock", $"unknown detector '{d}' (use one of: {string.Join(", ", known)})"));
        }

        return problems;
    }
}
