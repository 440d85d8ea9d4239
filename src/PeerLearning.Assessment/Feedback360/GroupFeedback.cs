namespace PeerLearning.Assessment.Feedback360;

/// <summary>Aggregated 360 feedback from one rater group (or merged groups) about one person.</summary>
/// <param name="Label">The group's label: a group name, or "Others (merged: ...)" for small groups merged together.</param>
/// <param name="Groups">The rater groups included.</param>
/// <param name="Raters">How many raters.</param>
/// <param name="MeanByCompetency">Mean score per competency.</param>
public sealed record GroupFeedback(string Label, IReadOnlyList<RaterGroup> Groups, int Raters, IReadOnlyDictionary<string, double> MeanByCompetency);
