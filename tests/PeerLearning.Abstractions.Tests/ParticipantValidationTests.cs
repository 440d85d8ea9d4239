namespace PeerLearning.Abstractions.Tests;

public sealed class ParticipantValidationTests
{
    private static ValidationProblem Single(IReadOnlyList<Participant> people)
    {
        var problems = PeerLearningValidator.Validate(people);
        return Assert.Single(problems);
    }

    private static List<Participant> With(Func<Participant, Participant> change, string id = "a") =>
        Sample.Valid().Select(p => p.Id == id ? change(p) : p).ToList();

    [Fact]
    public void Valid_population_has_no_problems() => Assert.Empty(PeerLearningValidator.Validate(Sample.Valid()));

    [Fact]
    public void Duplicate_id_is_reported_at_the_second_occurrence()
    {
        var people = Sample.Valid();
        people.Add(Sample.Person("a", "boss"));
        var problem = Single(people);
        Assert.Equal(("a", "id", 3), (problem.ItemId, problem.Field, problem.ItemIndex));
        Assert.Contains("duplicate id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_id_is_reported_by_position()
    {
        var problem = Single(With(p => p with { Id = " " }, "b"));
        Assert.Equal(("#3", "id", "must not be empty"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Unknown_manager_is_reported()
    {
        var problem = Single(With(p => p with { ManagerId = "ghost" }));
        Assert.Equal(("a", "managerId", "unknown manager id 'ghost'"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Manager_cycle_is_reported_once_with_its_members()
    {
        var people = new List<Participant> { Sample.Person("x", "z"), Sample.Person("y", "x"), Sample.Person("z", "y"), Sample.Person("w", "x") };
        var problem = Single(people);
        Assert.Equal(("x", "managerId", "management cycle: x -> z -> y -> x"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Self_management_is_a_cycle()
    {
        var problem = Single(With(p => p with { ManagerId = "a" }));
        Assert.Equal(("a", "managerId", "management cycle: a -> a"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Skill_level_out_of_range_is_reported(int level)
    {
        var problem = Single(With(p => p with { Skills = [new("csharp", level)] }));
        Assert.Equal(("a", "skills[csharp].level", $"must be from 0 to 5, was {level}"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Skill_listed_twice_is_reported()
    {
        var problem = Single(With(p => p with { Skills = [new("csharp", 3), new("CSharp", 2)] }));
        Assert.Equal(("a", "skills[CSharp]", "is listed more than once"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Goal_priority_out_of_range_is_reported()
    {
        var problem = Single(With(p => p with { Goals = [new("sql", 9)] }));
        Assert.Equal(("a", "goals[sql].priority", "must be from 1 to 5, was 9"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Negative_capacity_is_reported()
    {
        var problem = Single(With(p => p with { Roles = [new(ProgramRole.Mentor, -2)] }));
        Assert.Equal(("a", "roles[mentor].capacity", "must not be negative, was -2"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Unknown_time_zone_is_reported()
    {
        var problem = Single(With(p => p with { TimeZone = "Mars/Olympus_Mons" }));
        Assert.Equal(("a", "timeZone"), (problem.ItemId, problem.Field));
        Assert.StartsWith("unknown time zone 'Mars/Olympus_Mons'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Bad_availability_is_reported(double hours)
    {
        var problem = Single(With(p => p with { AvailabilityHoursPerMonth = hours }));
        Assert.Equal(("a", "availabilityHoursPerMonth"), (problem.ItemId, problem.Field));
    }

    [Fact]
    public void Bad_email_is_reported()
    {
        var problem = Single(With(p => p with { Email = "not-an-address" }));
        Assert.Equal(("a", "email", "is not an e-mail address: 'not-an-address'"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Negative_seniority_is_reported()
    {
        var problem = Single(With(p => p with { SeniorityLevel = -1 }));
        Assert.Equal(("a", "seniorityLevel", "must not be negative, was -1"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var people = Sample.Valid();
        people[1] = people[1] with { ManagerId = "ghost", Skills = [new("csharp", 7)], TimeZone = "Nowhere/Land" };
        people[2] = people[2] with { Roles = [new(ProgramRole.Buddy, -1)] };
        var problems = PeerLearningValidator.Validate(people);
        Assert.Equal(4, problems.Count);
        var exception = Assert.Throws<PeerLearningValidationException>(() => PeerLearningValidator.ThrowIfInvalid(people));
        Assert.Equal(problems, exception.Problems);
        Assert.Contains("4 validation problem(s)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("a managerId: unknown manager id 'ghost'", exception.Message, StringComparison.Ordinal);
    }
}
