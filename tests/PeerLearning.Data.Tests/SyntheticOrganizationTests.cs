namespace PeerLearning.Data.Tests;

public sealed class SyntheticOrganizationTests
{
    private static IReadOnlyList<Participant> Generate(int size, int seed) =>
        SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = size, Seed = seed });

    [Fact]
    public void Same_seed_gives_byte_identical_output()
    {
        Assert.Equal(ParticipantJson.Serialize(Generate(2000, 1)), ParticipantJson.Serialize(Generate(2000, 1)));
    }

    [Fact]
    public void Different_seeds_give_different_organizations()
    {
        Assert.NotEqual(ParticipantJson.Serialize(Generate(300, 1)), ParticipantJson.Serialize(Generate(300, 2)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(5000)]
    public void Generated_organization_is_valid_and_of_the_requested_size(int size)
    {
        var people = Generate(size, 5);
        Assert.Equal(size, people.Count);
        Assert.Empty(PeerLearningValidator.Validate(people));
    }

    [Fact]
    public void Hierarchy_has_one_root_and_managers_come_before_reports()
    {
        var people = Generate(3000, 9);
        Assert.Single(people, p => p.ManagerId is null);
        var seen = new HashSet<string>();
        foreach (var p in people)
        {
            Assert.True(p.ManagerId is null || seen.Contains(p.ManagerId), $"{p.Id}'s manager comes later");
            seen.Add(p.Id);
        }
    }

    [Fact]
    public void Seniority_forms_a_pyramid_and_skills_grow_with_it()
    {
        var people = Generate(5000, 4);
        var juniors = people.Where(p => p.SeniorityLevel <= 1).ToList();
        var seniors = people.Where(p => p.SeniorityLevel >= 4).ToList();
        Assert.True(juniors.Count > 3 * seniors.Count);
        static double MeanDepartmentSkill(IEnumerable<Participant> group) =>
            group.SelectMany(p => p.Skills.Where(s => s.Skill is "csharp" or "sql" or "negotiation" or "crm" or "accounting")).Average(s => s.Level);
        Assert.True(MeanDepartmentSkill(seniors) > MeanDepartmentSkill(juniors) + 1);
    }

    [Fact]
    public void Time_zones_and_languages_follow_the_site()
    {
        var people = Generate(2000, 6);
        Assert.All(people.Where(p => p.Location == "Berlin"), p =>
        {
            Assert.Equal("Europe/Berlin", p.TimeZone);
            Assert.Contains("de", p.Languages);
        });
    }

    [Fact]
    public void Every_program_role_has_candidates_in_a_mid_sized_org()
    {
        var people = Generate(1000, 8);
        Assert.All(Enum.GetValues<ProgramRole>(), role => Assert.Contains(people, p => p.HasRole(role)));
        Assert.All(people.Where(p => p.HasRole(ProgramRole.Newcomer)), p => Assert.True(p.TenureMonths(new DateOnly(2026, 1, 1)) < 3));
    }

    [Fact]
    public void Invalid_size_is_rejected_naming_the_field()
    {
        var e = Assert.Throws<PeerLearningValidationException>(() => Generate(0, 1));
        Assert.Equal(("options", "size"), (e.Problems[0].ItemId, e.Problems[0].Field));
    }
}
