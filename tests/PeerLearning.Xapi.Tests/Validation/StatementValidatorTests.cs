
namespace PeerLearning.Xapi.Tests.Validation;

public sealed class StatementValidatorTests
{
    private static Statement Sample() => new()
    {
        Id = Guid.Parse("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"),
        Actor = Agent.WithMbox("ada@example.org", "Ada"),
        Verb = new Verb("http://adlnet.gov/expapi/verbs/completed"),
        Object = new Activity("http://example.org/a"),
        Timestamp = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        var statement = Sample() with
        {
            Actor = new Agent { Mbox = "ada@example.org", OpenId = "http://example.org/ada" },
            Verb = new Verb("completed"),
            Result = new Result { Score = new Score { Scaled = 2m, Raw = 11m, Max = 10m } },
            Context = new Context { Language = "en_US", Registration = Guid.Parse("6690e6c9-3ef0-4ed3-1b37-7f3964730bee") },
        };

        var fields = StatementValidator.Validate(statement).Select(p => p.Field).ToList();

        Assert.Equal(
            ["$.actor", "$.actor.mbox", "$.verb.id", "$.result.score.scaled", "$.result.score.raw", "$.context.registration", "$.context.language"],
            fields);
    }

    [Fact]
    public void Context_agents_and_groups_are_valid_in_2_0_but_not_in_1_0_3()
    {
        var statement = Sample() with
        {
            Context = new Context
            {
                ContextAgents = [new ContextAgent(Agent.WithMbox("m@example.org")) { RelevantTypes = ["http://example.org/types/mentor"] }],
                ContextGroups = [new ContextGroup(new Group { Name = "Circle", Members = [Agent.WithMbox("x@example.org")] })],
            },
            Version = "2.0.0",
        };

        Assert.Empty(StatementValidator.Validate(statement, XapiVersion.V200));
        Assert.Equal(["$.context.contextAgents", "$.context.contextGroups", "$.version"], StatementValidator.Validate(statement, XapiVersion.V103).Select(p => p.Field));
    }

    [Fact]
    public void Negative_zero_offset_is_rejected_in_both_versions()
    {
        var statement = StatementSerializer.FromJToken(StatementSerializer.ToJObject(Sample()));
        var json = StatementSerializer.ToJObject(statement);
        json["timestamp"] = "2026-12-04T10:00:00.000-00:00";

        Assert.Contains(StatementValidator.ValidateJson(json, XapiVersion.V200), p => p.Field == "$.timestamp");
        Assert.Contains(StatementValidator.ValidateJson(json, XapiVersion.V103), p => p.Field == "$.timestamp");
    }

    [Fact]
    public void Empty_relevant_types_are_rejected_in_2_0()
    {
        var statement = Sample() with { Context = new Context { ContextAgents = [new ContextAgent(Agent.WithMbox("m@example.org")) { RelevantTypes = [] }] } };

        Assert.Equal(["$.context.contextAgents[0].relevantTypes"], StatementValidator.Validate(statement, XapiVersion.V200).Select(p => p.Field));
    }

    [Fact]
    public void Nested_substatement_built_in_code_is_rejected()
    {
        var inner = new SubStatement { Actor = Agent.WithMbox("a@example.org"), Verb = new Verb("http://example.org/v"), Object = new Activity("http://example.org/a") };
        var statement = Sample() with { Object = inner with { Object = inner } };

        Assert.Equal(["$.object.object.objectType"], StatementValidator.Validate(statement).Select(p => p.Field));
    }

    [Fact]
    public void Batch_validation_names_index_and_rejects_duplicate_ids()
    {
        var problems = StatementValidator.ValidateBatch([Sample(), Sample() with { Verb = new Verb("bad") }]);

        Assert.Equal([(1, "$.verb.id"), (1, "$.id")], problems.Select(p => (p.ItemIndex!.Value, p.Field)));
    }

    [Fact]
    public void Validation_of_built_statement_matches_validation_of_its_json()
    {
        var statement = Sample() with { Actor = new Agent { Name = "no ifi" }, Context = new Context { Platform = "p" }, Object = new StatementRef(Guid.NewGuid()) };
        var json = StatementSerializer.ParseJson(StatementSerializer.Serialize(statement));

        Assert.Equal(
            StatementValidator.Validate(statement).Select(p => p.Field),
            StatementValidator.ValidateJson(json).Select(p => p.Field));
    }
}
