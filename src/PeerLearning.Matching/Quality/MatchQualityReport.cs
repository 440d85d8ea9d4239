namespace PeerLearning.Matching;

/// <summary>How good a result is, in numbers an administrator can compare across strategies.</summary>
public sealed record MatchQualityReport
{
    /// <summary>The strategy that produced the result.</summary>
    public required string Strategy { get; init; }

    /// <summary>The number of matches (pairs).</summary>
    public required int Matches { get; init; }

    /// <summary>The sum of match scores.</summary>
    public required double TotalScore { get; init; }

    /// <summary>The mean match score; 0 without matches.</summary>
    public required double MeanScore { get; init; }

    /// <summary>The lowest match score; 0 without matches.</summary>
    public required double MinScore { get; init; }

    /// <summary>Eligible seekers who got every provider they need, in percent.</summary>
    public required double SeekersMatchedPercent { get; init; }

    /// <summary>Units of seeker demand served, in percent.</summary>
    public required double DemandServedPercent { get; init; }

    /// <summary>Feasible unmatched pairs where both would rather be together than with (one of) their current partners.</summary>
    public required int BlockingPairs { get; init; }

    /// <summary>Matches that break a hard constraint, checked again pair by pair; must be zero.</summary>
    public required int ConstraintViolations { get; init; }

    /// <summary>The mean number of seekers per eligible provider with capacity.</summary>
    public required double ProviderLoadMean { get; init; }

    /// <summary>The standard deviation of seekers per eligible provider with capacity (load spread).</summary>
    public required double ProviderLoadStdDev { get; init; }

    /// <summary>The highest number of seekers any provider got.</summary>
    public required int ProviderLoadMax { get; init; }

    /// <summary>How long the strategy took to solve, in milliseconds (candidate generation excluded).</summary>
    public double SolveMilliseconds { get; init; }
}
