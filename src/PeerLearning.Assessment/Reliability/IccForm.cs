namespace PeerLearning.Assessment.Reliability;

/// <summary>The intraclass correlation forms of Shrout and Fleiss (1979).</summary>
public enum IccForm
{
    /// <summary>ICC(1,1): one-way random effects, single rater.</summary>
    OneWayRandomSingle = 0,

    /// <summary>ICC(2,1): two-way random effects, absolute agreement, single rater.</summary>
    TwoWayRandomSingle = 1,

    /// <summary>ICC(3,1): two-way mixed effects, consistency, single rater.</summary>
    TwoWayMixedSingle = 2,

    /// <summary>ICC(1,k): one-way random effects, mean of k raters.</summary>
    OneWayRandomAverage = 3,

    /// <summary>ICC(2,k): two-way random effects, absolute agreement, mean of k raters.</summary>
    TwoWayRandomAverage = 4,

    /// <summary>ICC(3,k): two-way mixed effects, consistency, mean of k raters.</summary>
    TwoWayMixedAverage = 5,
}
