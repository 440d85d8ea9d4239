namespace PeerLearning.Assessment.Aggregation;

/// <summary>Where a submission's grade came from.</summary>
public enum GradeSource
{
    /// <summary>No grade: no usable reviews.</summary>
    None = 0,

    /// <summary>Aggregated from peer reviews.</summary>
    Peers = 1,

    /// <summary>The mean of expert reviews.</summary>
    Experts = 2,

    /// <summary>A teacher's override.</summary>
    Override = 3,
}
