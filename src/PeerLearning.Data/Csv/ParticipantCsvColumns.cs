namespace PeerLearning.Data;

/// <summary>
/// The columns of the HRIS-style participant CSV. Headers are matched case-insensitively; only
/// <see cref="Id"/> and <see cref="DisplayName"/> are required. Lists use <c>;</c> between items and
/// <c>:</c> between a name and its number, for example <c>csharp:4;sql:2</c>.
/// </summary>
public static class ParticipantCsvColumns
{
    /// <summary><c>id</c>: the participant's stable id (required).</summary>
    public const string Id = "id";

    /// <summary><c>displayName</c>: the name people see (required).</summary>
    public const string DisplayName = "displayName";

    /// <summary><c>email</c>.</summary>
    public const string Email = "email";

    /// <summary><c>department</c>.</summary>
    public const string Department = "department";

    /// <summary><c>team</c>.</summary>
    public const string Team = "team";

    /// <summary><c>managerId</c>: the manager's id, empty at the top.</summary>
    public const string ManagerId = "managerId";

    /// <summary><c>location</c>.</summary>
    public const string Location = "location";

    /// <summary><c>timeZone</c>: an IANA id such as <c>Europe/Berlin</c>.</summary>
    public const string TimeZone = "timeZone";

    /// <summary><c>languages</c>: <c>en;de</c>.</summary>
    public const string Languages = "languages";

    /// <summary><c>seniorityLevel</c>: a whole number, 0 for the most junior.</summary>
    public const string SeniorityLevel = "seniorityLevel";

    /// <summary><c>hireDate</c>: <c>yyyy-MM-dd</c>.</summary>
    public const string HireDate = "hireDate";

    /// <summary><c>skills</c>: <c>csharp:4;sql:2</c> (level 0–5).</summary>
    public const string Skills = "skills";

    /// <summary><c>goals</c>: <c>kubernetes:5;public-speaking</c> (priority 1–5, default 3).</summary>
    public const string Goals = "goals";

    /// <summary><c>interests</c>: <c>chess;running</c>.</summary>
    public const string Interests = "interests";

    /// <summary><c>availabilityHoursPerMonth</c>: a number of hours.</summary>
    public const string AvailabilityHoursPerMonth = "availabilityHoursPerMonth";

    /// <summary><c>roles</c>: <c>mentor:3;mentee</c> (capacity, default 1).</summary>
    public const string Roles = "roles";

    /// <summary>Columns named <c>attribute:NAME</c> fill <see cref="Participant.Attributes"/>[NAME].</summary>
    public const string AttributePrefix = EligibilityRule.AttributePrefix;

    /// <summary>Every fixed column, in the order the writer emits them (attribute columns follow, sorted).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Id, DisplayName, Email, Department, Team, ManagerId, Location, TimeZone, Languages, SeniorityLevel,
        HireDate, Skills, Goals, Interests, AvailabilityHoursPerMonth, Roles,
    ];
}
