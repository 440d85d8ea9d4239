namespace PeerLearning.Recognition;

/// <summary>
/// Multi-level approval: each threshold the kudos' total points reach adds a required level; the kudos is held
/// (<see cref="KudosVerdict.RequireApproval"/>) until the request carries an approval at every required level
/// from someone other than the giver.
/// </summary>
public sealed class ThresholdApprovalPolicy : IKudosPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="thresholds">The thresholds; levels must be 1 or more.</param>
    public ThresholdApprovalPolicy(IReadOnlyList<ApprovalThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var problems = thresholds
            .Select((t, i) => (t, i))
            .Where(x => x.t.Level < 1 || x.t.MinTotalPoints < 0)
            .Select(x => new ValidationProblem("thresholdApproval", $"thresholds[{x.i}]", "level must be 1 or more and minTotalPoints zero or more"))
            .ToList();
        PeerLearningValidationException.ThrowIfAny(problems);
        Thresholds = [.. thresholds.OrderBy(t => t.MinTotalPoints).ThenBy(t => t.Level)];
    }

    /// <summary>The thresholds, lowest first.</summary>
    public IReadOnlyList<ApprovalThreshold> Thresholds { get; }

    /// <inheritdoc />
    public string Name => "threshold-approval";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var total = context.TotalPoints;
        var required = Thresholds.Where(t => total >= t.MinTotalPoints && total > 0).Select(t => t.Level).Distinct().Order().ToList();
        if (required.Count == 0)
        {
            return KudosPolicyDecision.Allowed(Name);
        }

        var approved = context.Request.Approvals
            .Where(a => !string.IsNullOrWhiteSpace(a.ApproverId) && a.ApproverId != context.Request.GiverId)
            .Select(a => a.Level)
            .ToHashSet();
        var missing = required.Where(l => !approved.Contains(l)).ToList();
        return missing.Count == 0
            ? new(KudosVerdict.Allow, Name, $"approved at level(s) {string.Join(", ", required)}")
            : new(KudosVerdict.RequireApproval, Name, $"{total} points need approval at level(s) {string.Join(", ", missing)}") { MissingApprovalLevels = missing };
    }
}
