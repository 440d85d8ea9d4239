namespace PeerLearning.Recognition;

/// <summary>An award that will expire soon, for a notice to its holder ("your badge expires in 30 days"), Credly style.</summary>
/// <param name="Award">The award (not revoked, not yet expired).</param>
/// <param name="BadgeName">The badge's name (its id when the badge is no longer in the rules).</param>
/// <param name="TimeLeft">How long until it expires, from the instant asked about.</param>
public sealed record BadgeExpiryNotice(BadgeAward Award, string BadgeName, TimeSpan TimeLeft);
