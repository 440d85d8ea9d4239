using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Feedback360;
using PeerLearning.Assessment.Quality;

namespace PeerLearning.Assessment.Engine;

/// <summary>Everything the engine concludes from a round: grades, what it learned about reviewers, their grades for reviewing, self/peer gaps and agreement.</summary>
/// <param name="Aggregation">The grades and reviewer estimates of the chosen method.</param>
/// <param name="ReviewerQuality">Each reviewer's quality against the consensus.</param>
/// <param name="SelfPeerGaps">Self-assessments against the consensus.</param>
/// <param name="Reliability">Agreement per criterion.</param>
public sealed record AssessmentOutcome(
    AggregationResult Aggregation,
    IReadOnlyList<ReviewerQuality> ReviewerQuality,
    IReadOnlyList<SelfPeerGap> SelfPeerGaps,
    IReadOnlyList<CriterionReliability> Reliability);
