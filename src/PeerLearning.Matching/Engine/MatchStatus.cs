using System.Text.Json.Serialization;

namespace PeerLearning.Matching;

/// <summary>Where a result is in the review workflow.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchStatus>))]
public enum MatchStatus
{
    /// <summary>Computed, waiting for an administrator to review it; nobody has been told.</summary>
    Pending,

    /// <summary>Published: the matches were proposed to the people in them.</summary>
    Published,
}
