namespace PeerLearning;

/// <summary>The names of the built-in matching criteria, the keys of <see cref="ProgramDefinition.Weights"/>.</summary>
public static class MatchingCriteria
{
    /// <summary>The mentor's proficiency on the mentee's learning goals, weighted by goal priority.</summary>
    public const string GoalFit = "goalFit";

    /// <summary>Languages the two share.</summary>
    public const string SharedLanguage = "sharedLanguage";

    /// <summary>Overlap of working hours across time zones.</summary>
    public const string TimeZoneOverlap = "timeZoneOverlap";

    /// <summary>Seniority gap inside the program's preferred range.</summary>
    public const string SeniorityGap = "seniorityGap";

    /// <summary>Same or different department, as the program prefers.</summary>
    public const string Department = "department";

    /// <summary>Interests the two share.</summary>
    public const string SharedInterests = "sharedInterests";

    /// <summary>Both have time to give.</summary>
    public const string Availability = "availability";

    /// <summary>Same site or team (onboarding buddies).</summary>
    public const string Proximity = "proximity";

    /// <summary>Every built-in criterion.</summary>
    public static IReadOnlyList<string> All { get; } =
        [GoalFit, SharedLanguage, TimeZoneOverlap, SeniorityGap, Department, SharedInterests, Availability, Proximity];
}
