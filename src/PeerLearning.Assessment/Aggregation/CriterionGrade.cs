namespace PeerLearning.Assessment.Aggregation;

/// <summary>The aggregated points for one criterion of one submission.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Points">The points (within the criterion's range), or null without reviews.</param>
/// <param name="StandardError">The standard error of the points, when known.</param>
/// <param name="ReviewCount">The peer reviews that scored this criterion.</param>
public sealed record CriterionGrade(string CriterionId, double? Points, double? StandardError, int ReviewCount);
