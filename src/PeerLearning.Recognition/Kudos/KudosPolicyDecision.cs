namespace PeerLearning.Recognition;

/// <summary>One policy's answer about one kudos.</summary>
/// <param name="Verdict">The answer.</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="Reason">Why, in words shown to the giver or a reviewer.</param>
public sealed record KudosPolicyDecision(KudosVerdict Verdict, string Policy, string Reason)
{
    /// <summary>Approval levels still missing (only for <see cref="KudosVerdict.RequireApproval"/>).</summary>
    public IReadOnlyList<int> MissingApprovalLevels { get; init; } = [];

    /// <summary>An <see cref="KudosVerdict.Allow"/> answer.</summary>
    /// <param name="policy">The policy's name.</param>
    /// <returns>The decision.</returns>
    public static KudosPolicyDecision Allowed(string policy) => new(KudosVerdict.Allow, policy, "ok");
}
