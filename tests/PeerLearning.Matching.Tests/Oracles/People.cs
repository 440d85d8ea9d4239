namespace PeerLearning.Matching.Tests.Oracles;

/// <summary>Small random populations and hand-made people for engine tests.</summary>
internal static class People
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "Asia/Tokyo", "America/Los_Angeles"];
    private static readonly string[] Languages = ["en", "de", "fr", "es"];
    private static readonly string[] Skills = ["csharp", "sql", "leadership", "design", "sales", "ml", "cloud", "writing"];
    private static readonly string[] Interests = ["chess", "running", "music", "cooking", "hiking", "films", "books"];
    private static readonly string[] Departments = ["Engineering", "Sales", "Finance", "HR"];
    private static readonly string[] Sites = ["Berlin", "NYC", "Pune", "Tokyo"];

    public static DateOnly AsOf { get; } = new(2026, 6, 1);

    public static Participant Person(string id, params ProgramRole[] roles) => new()
    {
        Id = id,
        DisplayName = id,
        Languages = ["en"],
        TimeZone = "Europe/Berlin",
        Roles = [.. roles.Select(r => new RoleCapacity(r, 1))],
        AvailabilityHoursPerMonth = 4,
    };

    public static List<Participant> Random(int seed, int count, Func<Random, int, IReadOnlyList<RoleCapacity>>? roles = null)
    {
        var rng = new Random(seed);
        var people = new List<Participant>();
        for (var i = 0; i < count; i++)
        {
            var skills = Skills.Where(_ => rng.NextDouble() < 0.5).Select(s => new SkillProficiency(s, rng.Next(0, 6))).ToList();
            var goals = Skills.Where(_ => rng.NextDouble() < 0.25).Select(s => new LearningGoal(s, rng.Next(1, 6))).ToList();
            people.Add(new Participant
            {
                Id = $"p{i:D3}",
                DisplayName = $"Person {i}",
                ManagerId = i == 0 || rng.NextDouble() < 0.1 ? null : $"p{rng.Next(0, i):D3}",
                Department = rng.NextDouble() < 0.9 ? Departments[rng.Next(Departments.Length)] : null,
                Team = $"t{rng.Next(0, 6)}",
                Location = Sites[rng.Next(Sites.Length)],
                TimeZone = rng.NextDouble() < 0.95 ? Zones[rng.Next(Zones.Length)] : null,
                Languages = [.. Languages.Where(_ => rng.NextDouble() < 0.5).DefaultIfEmpty("en")],
                SeniorityLevel = rng.Next(0, 7),
                HireDate = AsOf.AddMonths(-rng.Next(0, 60)),
                Skills = skills,
                Goals = goals,
                Interests = [.. Interests.Where(_ => rng.NextDouble() < 0.3)],
                AvailabilityHoursPerMonth = rng.Next(0, 9),
                Roles = roles?.Invoke(rng, i) ?? (rng.NextDouble() < 0.4
                    ? [new RoleCapacity(ProgramRole.Mentor, rng.Next(0, 4))]
                    : [new RoleCapacity(ProgramRole.Mentee, 1)]),
            });
        }

        return people;
    }

    public static MentoringProgram Mentoring(string id = "mentoring") => new()
    {
        Id = id,
        Name = "Mentoring",
        AsOf = AsOf,
    };
}
