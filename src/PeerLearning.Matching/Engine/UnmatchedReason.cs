using System.Text.Json.Serialization;

namespace PeerLearning.Matching;

/// <summary>Why a participant did not get (all) the matches they could have.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnmatchedReason>))]
public enum UnmatchedReason
{
    /// <summary>Opted into the role but does not meet the program's eligibility.</summary>
    NotEligible,

    /// <summary>Hard constraints removed every candidate.</summary>
    NoFeasibleCandidate,

    /// <summary>There were feasible candidates but their capacity went to other matches.</summary>
    CapacityRanOut,

    /// <summary>A seeker got some of the providers they need, not all.</summary>
    PartiallyMatched,

    /// <summary>A provider with feasible seekers was not chosen by anyone.</summary>
    NotChosen,
}
