using System.Text;

namespace PeerLearning.Data.Tests;

public sealed class JsonImportTests
{
    private static IReadOnlyList<Participant> Org(int size = 200, int seed = 3) =>
        SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = size, Seed = seed });

    [Fact]
    public async Task Json_round_trip_keeps_every_field()
    {
        var people = Org();
        using var stream = new MemoryStream();
        await ParticipantJson.WriteAsync(stream, people);
        stream.Position = 0;
        var back = await ParticipantJson.ReadAsync(stream);
        Assert.Equal(ParticipantJson.Serialize(people), ParticipantJson.Serialize(back));
        Assert.Equal(people.Count, back.Count);
        Assert.Equal(people[5].Skills, back[5].Skills);
        Assert.Equal(people[5].Attributes, back[5].Attributes);
    }

    [Fact]
    public void Malformed_json_reports_line_and_column()
    {
        const string json = "[\n  { \"id\": \"a\", \"displayName\": \"A\" },\n  { \"id\": \"b\" \"displayName\": \"B\" }\n]";
        var e = Assert.Throws<PeerLearningValidationException>(() => ParticipantJson.Deserialize(json));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(3, problem.Line);
        Assert.NotNull(problem.Column);
    }

    [Fact]
    public void Unknown_property_is_an_error_not_silently_dropped()
    {
        const string json = "[{ \"id\": \"a\", \"displayName\": \"A\", \"manager\": \"b\" }]";
        var e = Assert.Throws<PeerLearningValidationException>(() => ParticipantJson.Deserialize(json));
        Assert.Contains("manager", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_property_is_an_error()
    {
        var e = Assert.Throws<PeerLearningValidationException>(() => ParticipantJson.Deserialize("[{ \"id\": \"a\" }]"));
        Assert.Contains("displayName", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_are_written_in_camel_case_and_read_in_any_case()
    {
        var people = ParticipantJson.Deserialize("[{ \"id\": \"a\", \"displayName\": \"A\", \"roles\": [{ \"role\": \"REVERSEMENTOR\", \"capacity\": 2 }] }]");
        Assert.Equal(new RoleCapacity(ProgramRole.ReverseMentor, 2), Assert.Single(people[0].Roles));
        Assert.Contains("\"reverseMentor\"", ParticipantJson.Serialize(people), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_written_unescaped_for_people_to_read()
    {
        var json = ParticipantJson.Serialize([new Participant { Id = "a", DisplayName = "José", Location = "São Paulo", Department = "R&D" }]);
        Assert.Contains("São Paulo", json, StringComparison.Ordinal);
        Assert.Contains("R&D", json, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), Encoding.UTF8.GetBytes(json).Length);
    }

    public static TheoryData<ProgramDefinition> Programs() =>
    [
        new OnboardingBuddyProgram { Id = "buddy", Name = "Buddies", MinBuddyTenureMonths = 9 },
        new MentoringProgram
        {
            Id = "m", Name = "Mentoring", MentorsPerMentee = 2,
            Weights = new Dictionary<string, double> { ["goalFit"] = 3 },
            Eligibility = [new EligibilityRule(ProgramRole.Mentor, "seniority", EligibilityOperator.AtLeast, ["3"])],
            Constraints = new HardConstraints { MinTimeZoneOverlapHours = 2, ExcludedPairs = [new ParticipantPair("a", "b")] },
        },
        new ReverseMentoringProgram { Id = "r", Name = "Reverse", MinSkillAdvantage = 2 },
        new PeerCircleProgram { Id = "c", Name = "Circles", DiversityAttributes = ["gender"], Facilitated = true },
        new ActionLearningTeamProgram { Id = "t", Name = "Teams", MinDistinctDepartments = 4 },
        new NetworkingRotationProgram { Id = "n", Name = "Rotation", Rounds = 6 },
        new PeerReviewProgram { Id = "p", Name = "Review", ReviewersPerSubmission = 4 },
    ];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_json_round_trips_with_its_kind(ProgramDefinition program)
    {
        var json = ProgramDefinitionJson.Serialize(program);
        var back = ProgramDefinitionJson.Deserialize(json);
        Assert.Equal(program.GetType(), back.GetType());
        Assert.Equal(json, ProgramDefinitionJson.Serialize(back));
    }

    [Fact]
    public void Program_without_kind_is_reported()
    {
        var e = Assert.Throws<PeerLearningValidationException>(() => ProgramDefinitionJson.Deserialize("{ \"id\": \"x\", \"name\": \"X\" }"));
        Assert.Equal("kind", Assert.Single(e.Problems).Field);
    }
}
