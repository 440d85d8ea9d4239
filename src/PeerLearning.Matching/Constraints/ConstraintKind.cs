using System.Text.Json.Serialization;

namespace PeerLearning.Matching;

/// <summary>A hard rule that removes a pair before solving.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConstraintKind>))]
public enum ConstraintKind
{
    /// <summary>The pair is allowed.</summary>
    None = 0,

    /// <summary>The same person on both sides.</summary>
    SamePerson,

    /// <summary>One is in the other's management chain.</summary>
    ManagementChain,

    /// <summary>An administrator forbade the pair for this run.</summary>
    AdminForbidden,

    /// <summary>The program excludes the pair.</summary>
    ExcludedPair,

    /// <summary>The two met in an earlier round and the program does not repeat pairs.</summary>
    PriorPairing,

    /// <summary>No shared language.</summary>
    SharedLanguage,

    /// <summary>Working hours overlap less than the program's minimum (or a time zone is unknown).</summary>
    TimeZoneOverlap,

    /// <summary>A rule of the program kind: reverse mentoring needs the seniority gap and a skill advantage on a goal.</summary>
    ProgramRule,
}
