namespace PeerLearning.Data.Tests;

public sealed class CsvImportTests
{
    private const string Header = "id,displayName,email,managerId,timeZone,languages,seniorityLevel,hireDate,skills,goals,availabilityHoursPerMonth,roles,attribute:gender";

    private static ParticipantImport Read(string csv) => ParticipantCsvReader.Read(new StringReader(csv));

    [Fact]
    public void Csv_round_trip_keeps_every_field()
    {
        var people = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = 300, Seed = 11 });
        var writer = new StringWriter();
        ParticipantCsvWriter.Write(writer, people);
        var import = Read(writer.ToString());
        Assert.Empty(import.Problems);
        Assert.Equal(ParticipantJson.Serialize(SortAttributes(people)), ParticipantJson.Serialize(SortAttributes(import.Participants)));
    }

    // CSV columns are sorted by attribute name; JSON keeps insertion order. Compare the content, not the order.
    private static List<Participant> SortAttributes(IReadOnlyList<Participant> people) =>
        people.Select(p => p with { Attributes = new SortedDictionary<string, string>(p.Attributes.ToDictionary(), StringComparer.Ordinal) }).ToList();

    [Fact]
    public void Lists_use_semicolons_and_numbers_follow_a_colon()
    {
        var import = Read($"{Header}\nu1,Ann,ann@example.com,,Europe/Paris,fr;en,2,2021-05-03,csharp:4;sql:2,kubernetes:5;speaking,6.5,mentor:3;mentee,female\n");
        Assert.Empty(import.Problems);
        var p = Assert.Single(import.Participants);
        Assert.Equal(["fr", "en"], p.Languages);
        Assert.Equal([new SkillProficiency("csharp", 4), new SkillProficiency("sql", 2)], p.Skills);
        Assert.Equal([new LearningGoal("kubernetes", 5), new LearningGoal("speaking", 3)], p.Goals);
        Assert.Equal([new RoleCapacity(ProgramRole.Mentor, 3), new RoleCapacity(ProgramRole.Mentee, 1)], p.Roles);
        Assert.Equal("female", p.Attributes["gender"]);
        Assert.Equal(6.5, p.AvailabilityHoursPerMonth);
        Assert.Equal(new DateOnly(2021, 5, 3), p.HireDate);
    }

    [Fact]
    public void Six_different_mistakes_are_all_reported_with_line_and_column()
    {
        var csv = string.Join('\n',
            Header,
            "u1,Ann,ann@example.com,,Europe/Paris,fr,2,2021-05-03,csharp:4,sql:3,5,mentor:2,female",
            "u2,Bob,bob@example.com,u9,Europe/Paris,fr,2,2021-05-03,csharp:4,sql:3,5,mentee,male",          // unknown manager
            "u3,Cem,cem@example.com,u1,Mars/Base,fr,2,2021-05-03,csharp:4,sql:3,5,mentee,male",             // unknown time zone
            "u4,Dee,dee@example.com,u1,Europe/Paris,fr,senior,2021-05-03,csharp:4,sql:3,5,mentee,female",   // seniority not a number
            "u5,Eve,eve@example.com,u1,Europe/Paris,fr,2,03/05/2021,csharp:4,sql:3,5,mentee,female",        // date format
            "u6,Fay,fay@example.com,u1,Europe/Paris,fr,2,2021-05-03,csharp:9,sql:3,5,mentee,female",        // level out of range
            "u1,Gus,gus@example.com,,Europe/Paris,fr,2,2021-05-03,csharp:4,sql:3,5,mentee,male")            // duplicate id
            + "\n";
        var import = Read(csv);
        var found = import.Problems.Select(p => (p.Line, p.Column, p.ItemId, p.Field)).ToList();
        Assert.Equal(
            [
                (3, 4, "u2", "managerId"),
                (4, 5, "u3", "timeZone"),
                (5, 7, "u4", "seniorityLevel"),
                (6, 8, "u5", "hireDate"),
                (7, 9, "u6", "skills[csharp].level"),
                (8, 1, "u1", "id"),
            ],
            found);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_on_the_header_line()
    {
        var import = Read("id,name,manager\nu1,Ann,\n");
        Assert.Equal(
            [(1, 2, "name"), (1, 3, "manager"), (1, (int?)null, "displayName")],
            import.Problems.Select(p => (p.Line!.Value, p.Column, p.Field)).ToList());
        Assert.Empty(import.Participants);
    }

    [Fact]
    public void Quoted_multi_line_field_keeps_later_line_numbers_right()
    {
        var csv = $"{Header}\nu1,\"Ann\nSmith\",ann@example.com,,Europe/Paris,fr,2,2021-05-03,csharp:4,sql:3,5,mentee,female\nu2,Bob,bob@example.com,,Europe/Paris,fr,x,2021-05-03,csharp:4,sql:3,5,mentee,male\n";
        var problem = Assert.Single(Read(csv).Problems);
        Assert.Equal((4, "seniorityLevel"), (problem.Line!.Value, problem.Field));
    }

    [Fact]
    public void Unknown_role_and_missing_level_are_reported()
    {
        var import = Read($"{Header}\nu1,Ann,ann@example.com,,Europe/Paris,fr,2,2021-05-03,csharp,sql:3,5,wizard:2,female\n");
        Assert.Equal(
            ["skills: 'csharp' needs a level, as in csharp:3", "roles: unknown role 'wizard'; roles: Mentor, Mentee, ReverseMentor, ReverseMentee, Buddy, Newcomer, Peer, Facilitator, Reviewer"],
            import.Problems.Select(p => $"{p.Field}: {p.Message}").ToList());
    }

    [Fact]
    public void Row_with_wrong_field_count_is_reported()
    {
        var import = Read("id,displayName,email\nu1,Ann\n");
        var problem = Assert.Single(import.Problems);
        Assert.Equal((2, "u1", "(row)", "has 2 fields, the header has 3"), (problem.Line!.Value, problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var problem = Assert.Single(Read(string.Empty).Problems);
        Assert.Equal("(header)", problem.Field);
    }

    [Fact]
    public void Invalid_import_throws_with_every_problem()
    {
        var import = Read("id,displayName,seniorityLevel\nu1,Ann,x\nu2,Bob,y\n");
        var e = Assert.Throws<PeerLearningValidationException>(import.GetParticipantsOrThrow);
        Assert.Equal(2, e.Problems.Count);
    }
}
