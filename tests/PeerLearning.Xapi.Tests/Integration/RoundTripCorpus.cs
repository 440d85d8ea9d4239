using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi.Tests.Integration;

/// <summary>Statements covering every object type, interactions, context, attachments and a signature.</summary>
internal static class RoundTripCorpus
{
    public static (IReadOnlyList<Statement> Statements, IReadOnlyList<AttachmentContent> Contents) Build(AttachmentContent notes, RSA key)
    {
        var mentor = Agent.WithMbox("mentor@example.org", "Grace Mentor");
        var mentee = Agent.WithAccount("https://lms.example.org", "u-1001", "Alan Mentee");
        var when = new DateTimeOffset(2026, 12, 4, 9, 30, 15, 123, TimeSpan.Zero);
        var program = new Activity("http://example.org/programs/mentoring-2026") { Definition = new ActivityDefinition { Name = new Dictionary<string, string> { ["en-US"] = "Mentoring 2026" }, Type = "http://adlnet.gov/expapi/activities/course" } };
        var verb = new Verb("http://adlnet.gov/expapi/verbs/attended") { Display = new Dictionary<string, string> { ["en-US"] = "attended", ["fr-FR"] = "a assisté" } };
        Statement Make(StatementObject obj, Verb? v = null) => new() { Actor = mentee, Verb = v ?? verb, Object = obj, Timestamp = when };

        var statements = new List<Statement>
        {
            Make(program) with
            {
                Result = new Result { Score = new Score { Scaled = 0.75m, Raw = 7.5m, Min = 0m, Max = 10m }, Success = true, Completion = true, Response = "great", Duration = TimeSpan.FromMinutes(45), Extensions = new Dictionary<string, JToken> { ["http://example.org/ext/rating"] = new JObject { ["stars"] = 5 } } },
                Context = new Context
                {
                    Registration = Guid.NewGuid(),
                    Instructor = mentor,
                    Team = new Group { Name = "Circle A", Members = [mentor, mentee] },
                    ContextActivities = new ContextActivities { Parent = [program], Category = [new Activity("http://example.org/profiles/peer-learning")] },
                    Platform = "PeerLearning",
                    Language = "en-US",
                    Statement = new StatementRef(Guid.NewGuid()),
                    Extensions = new Dictionary<string, JToken> { ["http://example.org/ext/cohort"] = "2026-Q4" },
                },
            },
            Make(mentor, new Verb("http://id.tincanapi.com/verb/mentored")),
            Make(new Group { Name = "Peer circle", Account = new Account("https://lms.example.org", "circle-7") }, new Verb("http://activitystrea.ms/schema/1.0/join")),
            Make(new Group { Members = [Agent.WithMbox("p1@example.org"), new Agent { MboxSha1Sum = MailboxHashing.Sha1Of("mailto:p2@example.org") }, new Agent { OpenId = "https://openid.example.org/p3" }] }),
            Make(new StatementRef(Guid.NewGuid()), new Verb("http://example.org/verbs/endorsed")),
            Make(new SubStatement { Actor = mentor, Verb = new Verb("http://example.org/verbs/will-review"), Object = program, Timestamp = when.AddDays(7), Context = new Context { Platform = "LMS" } }, new Verb("http://example.org/verbs/planned")),
            Make(new Activity("http://example.org/questions/q1")
            {
                Definition = new ActivityDefinition
                {
                    Name = new Dictionary<string, string> { ["en-US"] = "Which goal?" },
                    Type = "http://adlnet.gov/expapi/activities/cmi.interaction",
                    InteractionType = "choice",
                    CorrectResponsesPattern = ["growth[,]network"],
                    Choices = [new InteractionComponent("growth") { Description = new Dictionary<string, string> { ["en-US"] = "Growth" } }, new InteractionComponent("network")],
                },
            }),
            Make(new Activity("http://example.org/questions/q2") { Definition = new ActivityDefinition { InteractionType = "likert", Scale = [new InteractionComponent("1"), new InteractionComponent("5")] } }),
            Make(new Activity("http://example.org/questions/q3") { Definition = new ActivityDefinition { InteractionType = "matching", Source = [new InteractionComponent("a")], Target = [new InteractionComponent("1")], CorrectResponsesPattern = ["a[.]1"] } }),
            Make(new Activity("http://example.org/questions/q4") { Definition = new ActivityDefinition { InteractionType = "performance", Steps = [new InteractionComponent("s1")] } }),
            Make(program) with { Attachments = [notes.ToAttachment("http://id.tincanapi.com/attachment/supporting_media", new Dictionary<string, string> { ["en-US"] = "Notes" })] },
        };
        var signed = StatementSigner.Sign(Make(program, new Verb("http://adlnet.gov/expapi/verbs/completed")), key, JwsAlgorithm.RS384);
        statements.Add(signed.Statement);
        return (statements, [notes, signed.Signature]);
    }
}
