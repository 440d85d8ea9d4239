namespace PeerLearning.Abstractions.Tests;

/// <summary>Small valid inputs that each test breaks in one place.</summary>
internal static class Sample
{
    public static Participant Person(string id, string? managerId = null) => new()
    {
        Id = id,
        DisplayName = $"Person {id}",
        Email = $"{id}@example.com",
        ManagerId = managerId,
        TimeZone = "Europe/Berlin",
        Languages = ["en"],
        SeniorityLevel = 2,
        HireDate = new DateOnly(2020, 3, 15),
        Skills = [new("csharp", 3)],
        Goals = [new("sql", 4)],
        AvailabilityHoursPerMonth = 4,
        Roles = [new(ProgramRole.Mentor, 2), new(ProgramRole.Mentee, 1)],
    };

    public static List<Participant> Valid() => [Person("boss"), Person("a", "boss"), Person("b", "boss")];

    public static MentoringProgram Mentoring() => new()
    {
        Id = "mentoring-2026",
        Name = "Mentoring 2026",
        Weights = new Dictionary<string, double> { [MatchingCriteria.GoalFit] = 3, [MatchingCriteria.SharedLanguage] = 1 },
    };

    public static readonly DateOnly AsOf = new(2026, 1, 1);
}
