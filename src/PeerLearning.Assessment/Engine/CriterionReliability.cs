namespace PeerLearning.Assessment.Engine;

/// <summary>How much the peer reviewers agreed on one criterion.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="KrippendorffAlphaInterval">Krippendorff's alpha (interval metric) over submissions with two or more reviews; null when undefined.</param>
public sealed record CriterionReliability(string CriterionId, double? KrippendorffAlphaInterval);
