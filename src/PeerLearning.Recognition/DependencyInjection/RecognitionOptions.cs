namespace PeerLearning.Recognition;

/// <summary>Settings of the recognition engine, bound and validated at start-up by <c>AddRecognition</c>.</summary>
public sealed class RecognitionOptions
{
    /// <summary>The giving allowance per period.</summary>
    public GivingAllowanceOptions GivingAllowance { get; } = new();

    /// <summary>The most points per receiver in one kudos; null for no limit.</summary>
    public int? MaxPointsPerKudos { get; set; }

    /// <summary>The shortest kudos message (trimmed). Default 0.</summary>
    public int MinimumMessageLength { get; set; }

    /// <summary>Whether a value tag is required. Default false.</summary>
    public bool RequireValueTag { get; set; }

    /// <summary>The organization's value tags; when not empty, tags must be among them.</summary>
    public IList<string> ValueTags { get; } = [];

    /// <summary>The most kudos from one giver to one receiver per period; null for no cap.</summary>
    public int? MaxKudosPerPairPerPeriod { get; set; }

    /// <summary>The most points from one giver to one receiver per period; null for no cap.</summary>
    public long? MaxPointsPerPairPerPeriod { get; set; }

    /// <summary>Approval thresholds; empty for no approvals.</summary>
    public IList<ApprovalThreshold> ApprovalThresholds { get; } = [];

    /// <summary>The badge rules; null for no badges.</summary>
    public BadgeRuleSet? BadgeRules { get; set; }

    /// <summary>Leaderboard settings.</summary>
    public LeaderboardOptions Leaderboards { get; } = new();

    /// <summary>Anti-gaming thresholds.</summary>
    public AntiGamingOptions AntiGaming { get; } = new();

    /// <summary>Checks every setting and returns every problem.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        problems.AddRange(GivingAllowance.Validate());
        problems.AddRange(Leaderboards.Validate());
        problems.AddRange(AntiGaming.Validate());
        if (BadgeRules is not null)
        {
            problems.AddRange(BadgeRules.Validate());
        }

        if (MaxPointsPerKudos is < 0)
        {
            problems.Add(new("recognition", "maxPointsPerKudos", "must not be negative"));
        }

        if (MinimumMessageLength < 0)
        {
            problems.Add(new("recognition", "minimumMessageLength", "must not be negative"));
        }

        if (MaxKudosPerPairPerPeriod is < 1 || MaxPointsPerPairPerPeriod is < 0)
        {
            problems.Add(new("recognition", "maxKudosPerPairPerPeriod", "pair caps must be positive"));
        }

        for (var i = 0; i < ApprovalThresholds.Count; i++)
        {
            if (ApprovalThresholds[i].Level < 1 || ApprovalThresholds[i].MinTotalPoints < 0)
            {
                problems.Add(new("recognition", $"approvalThresholds[{i}]", "level must be 1 or more and minTotalPoints zero or more"));
            }
        }

        return problems;
    }

    /// <summary>The kudos policies these settings ask for, in evaluation order.</summary>
    /// <returns>The policies.</returns>
    public IReadOnlyList<IKudosPolicy> CreatePolicies()
    {
        var policies = new List<IKudosPolicy> { new NoSelfKudosPolicy(), new GivingAllowancePolicy() };
        if (MaxPointsPerKudos is { } max)
        {
            policies.Add(new MaxPointsPerKudosPolicy(max));
        }

        if (MinimumMessageLength > 0)
        {
            policies.Add(new MinimumMessageLengthPolicy(MinimumMessageLength));
        }

        if (RequireValueTag)
        {
            policies.Add(new RequiredValueTagPolicy { AllowedTags = [.. ValueTags] });
        }

        if (MaxKudosPerPairPerPeriod is not null || MaxPointsPerPairPerPeriod is not null)
        {
            policies.Add(new PairCapPolicy { MaxKudosPerPeriod = MaxKudosPerPairPerPeriod, MaxPointsPerPeriod = MaxPointsPerPairPerPeriod });
        }

        if (ApprovalThresholds.Count > 0)
        {
            policies.Add(new ThresholdApprovalPolicy([.. ApprovalThresholds]));
        }

        return policies;
    }
}
