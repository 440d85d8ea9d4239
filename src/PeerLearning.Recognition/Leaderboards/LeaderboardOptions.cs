namespace PeerLearning.Recognition;

/// <summary>Leaderboard settings.</summary>
public sealed class LeaderboardOptions
{
    /// <summary>No board is shown for a scope with fewer people than this (opted-out people not counted). Default 5.</summary>
    public int MinimumPeople { get; set; } = 5;

    /// <summary>The IANA time zone windows follow. Default <c>UTC</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (MinimumPeople < 1)
        {
            problems.Add(new("leaderboards", "minimumPeople", $"must be 1 or more, was {MinimumPeople}"));
        }

        if (!PeerLearningValidator.IsKnownTimeZone(TimeZoneId))
        {
            problems.Add(new("leaderboards", "timeZoneId", $"unknown time zone '{TimeZoneId}' (use an IANA id such as Europe/Berlin)"));
        }

        return problems;
    }
}
