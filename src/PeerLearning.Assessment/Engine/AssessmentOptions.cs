using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Quality;

namespace PeerLearning.Assessment.Engine;

/// <summary>Settings of <see cref="PeerAssessmentEngine"/>, bound and validated at start-up.</summary>
public sealed class AssessmentOptions
{
    /// <summary>The method used when none is named. Default <c>pg1</c>.</summary>
    public string DefaultMethod { get; set; } = AggregationMethods.Pg1;

    /// <summary>Aggregation settings.</summary>
    public AggregationOptions Aggregation { get; set; } = AggregationOptions.Default;

    /// <summary>Reviewer-quality settings.</summary>
    public ReviewerQualityOptions Quality { get; set; } = new();

    /// <summary>The self/peer gap (percent of range) from which a criterion is a blind spot or hidden strength. Default 15.</summary>
    public double SelfPeerThreshold { get; set; } = 15;

    /// <summary>Release grades flagged for human review too (default false: they wait for a person).</summary>
    public bool ReleaseFlaggedGrades { get; set; }
}
