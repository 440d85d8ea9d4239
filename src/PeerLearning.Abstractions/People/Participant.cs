namespace PeerLearning;

/// <summary>
/// A person who can take part in peer-learning programs, as an LMS or HRIS knows them.
/// </summary>
/// <remarks>
/// Collections default to empty, never null. Skill and goal names are compared case-insensitively.
/// Validate a population with <see cref="PeerLearningValidator"/> before handing it to an engine.
/// </remarks>
public sealed record Participant
{
    /// <summary>A stable identifier, unique in the population (an HRIS employee id, an LMS user id).</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to people.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The work e-mail address, if known.</summary>
    public string? Email { get; init; }

    /// <summary>The department (org unit) the participant belongs to.</summary>
    public string? Department { get; init; }

    /// <summary>The team inside the department.</summary>
    public string? Team { get; init; }

    /// <summary>The <see cref="Id"/> of the participant's manager, or null at the top of the hierarchy.</summary>
    public string? ManagerId { get; init; }

    /// <summary>The site or city the participant works from.</summary>
    public string? Location { get; init; }

    /// <summary>The IANA time zone the participant works in (for example <c>Europe/Berlin</c>).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Languages the participant can work in, as BCP 47 tags or plain names.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Seniority level: 0 for the most junior, higher is more senior.</summary>
    public int SeniorityLevel { get; init; }

    /// <summary>The date the participant joined the organization.</summary>
    public DateOnly? HireDate { get; init; }

    /// <summary>Skills with proficiency 0–5.</summary>
    public IReadOnlyList<SkillProficiency> Skills { get; init; } = [];

    /// <summary>Skills the participant wants to learn, with priority.</summary>
    public IReadOnlyList<LearningGoal> Goals { get; init; } = [];

    /// <summary>Topics the participant is interested in beyond work skills.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>
    /// Free attributes for eligibility and diversity (self-described gender, generation, business unit...).
    /// Keys are compared ordinally.
    /// </summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;

    /// <summary>Hours per month the participant can give to peer learning.</summary>
    public double AvailabilityHoursPerMonth { get; init; }

    /// <summary>The roles the participant opts into, with capacity per role.</summary>
    public IReadOnlyList<RoleCapacity> Roles { get; init; } = [];

    /// <summary>The capacity the participant offers in <paramref name="role"/>, or 0 when they did not opt in.</summary>
    /// <param name="role">The role to look up.</param>
    /// <returns>The capacity for the role.</returns>
    public int CapacityFor(ProgramRole role)
    {
        foreach (var r in Roles)
        {
            if (r.Role == role)
            {
                return r.Capacity;
            }
        }

        return 0;
    }

    /// <summary>Whether the participant opted into <paramref name="role"/>.</summary>
    /// <param name="role">The role to look up.</param>
    /// <returns>True when the participant lists the role.</returns>
    public bool HasRole(ProgramRole role)
    {
        foreach (var r in Roles)
        {
            if (r.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The proficiency in <paramref name="skill"/> (case-insensitive), or 0 when the skill is not listed.</summary>
    /// <param name="skill">The skill's name.</param>
    /// <returns>The level from 0 to 5.</returns>
    public int ProficiencyIn(string skill)
    {
        foreach (var s in Skills)
        {
            if (string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase))
            {
                return s.Level;
            }
        }

        return 0;
    }

    /// <summary>Whole months between <see cref="HireDate"/> and <paramref name="asOf"/>; null when the hire date is unknown.</summary>
    /// <param name="asOf">The date to measure tenure at.</param>
    /// <returns>Completed months of tenure, never negative.</returns>
    public int? TenureMonths(DateOnly asOf)
    {
        if (HireDate is not { } hired)
        {
            return null;
        }

        var months = ((asOf.Year - hired.Year) * 12) + asOf.Month - hired.Month;
        if (asOf.Day < hired.Day)
        {
            months--;
        }

        return Math.Max(0, months);
    }

    // Shared by every participant without attributes, so it must be immutable (a cast must not let anyone add to it).
    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
}
