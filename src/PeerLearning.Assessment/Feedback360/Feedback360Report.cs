namespace PeerLearning.Assessment.Feedback360;

/// <summary>One person's 360 report: what may be shown, and which groups were merged or withheld to protect anonymity.</summary>
/// <param name="SubjectId">The person.</param>
/// <param name="Shown">Groups shown (self first, then groups at or above the threshold, then merged small groups).</param>
/// <param name="AllOthers">All raters but self together, when they reach the threshold.</param>
/// <param name="Withheld">Groups withheld because even merged they stayed below the threshold.</param>
public sealed record Feedback360Report(string SubjectId, IReadOnlyList<GroupFeedback> Shown, GroupFeedback? AllOthers, IReadOnlyList<RaterGroup> Withheld);
