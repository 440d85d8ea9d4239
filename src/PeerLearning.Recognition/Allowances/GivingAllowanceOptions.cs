namespace PeerLearning.Recognition;

/// <summary>
/// How many points each person may give per period: <see cref="BasePoints"/> + the extra points of each program
/// role they hold + <see cref="PointsPerDirectReport"/> for each direct report.
/// </summary>
public sealed class GivingAllowanceOptions
{
    /// <summary>Points everyone gets per period. Default 100.</summary>
    public int BasePoints { get; set; } = 100;

    /// <summary>Extra points per period for holding a program role (for example mentors get more to give).</summary>
    public IDictionary<ProgramRole, int> PointsPerRole { get; } = new Dictionary<ProgramRole, int>();

    /// <summary>Extra points per period for each direct report (people whose manager is the giver). Default 0.</summary>
    public int PointsPerDirectReport { get; set; }

    /// <summary>Monthly or quarterly. Default monthly.</summary>
    public AllowanceReset Reset { get; set; } = AllowanceReset.Monthly;

    /// <summary>The IANA time zone periods reset in (for example <c>Europe/Berlin</c>). Default <c>UTC</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Whether unspent points carry over into the next period. Default false (they expire).</summary>
    public bool Rollover { get; set; }

    /// <summary>With <see cref="Rollover"/>, the most points carried over; null for no cap.</summary>
    public int? MaxRolloverPoints { get; set; }

    /// <summary>Checks the options and returns every problem.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        const string item = "givingAllowance";
        var problems = new List<ValidationProblem>();
        if (BasePoints < 0)
        {
            problems.Add(new(item, "basePoints", $"must not be negative, was {BasePoints}"));
        }

        foreach (var (role, points) in PointsPerRole)
        {
            if (points < 0)
            {
                problems.Add(new(item, $"pointsPerRole[{role}]", $"must not be negative, was {points}"));
            }
        }

        if (PointsPerDirectReport < 0)
        {
            problems.Add(new(item, "pointsPerDirectReport", $"must not be negative, was {PointsPerDirectReport}"));
        }

        if (!Enum.IsDefined(Reset))
        {
            problems.Add(new(item, "reset", $"unknown reset {(int)Reset}"));
        }

        if (string.IsNullOrWhiteSpace(TimeZoneId) || !PeerLearningValidator.IsKnownTimeZone(TimeZoneId))
        {
            problems.Add(new(item, "timeZoneId", $"unknown time zone '{TimeZoneId}' (use an IANA id such as Europe/Berlin)"));
        }

        if (MaxRolloverPoints is < 0)
        {
            problems.Add(new(item, "maxRolloverPoints", $"must not be negative, was {MaxRolloverPoints}"));
        }

        return problems;
    }

    /// <summary>The allowance per period of a person.</summary>
    /// <param name="person">The person, or null when the directory does not know them (base points only).</param>
    /// <param name="directReports">How many people report to them.</param>
    /// <returns>Points per period.</returns>
    public long AllowanceFor(Participant? person, int directReports)
    {
        long total = BasePoints + ((long)PointsPerDirectReport * directReports);
        if (person is not null)
        {
            foreach (var (role, points) in PointsPerRole)
            {
                if (person.HasRole(role))
                {
                    total += points;
                }
            }
        }

        return total;
    }
}
