using Newtonsoft.Json.Linq;
using PeerLearning.Xapi;

namespace PeerLearning.Benchmarks.Xapi;

/// <summary>Realistic peer-learning statements: actor, verb, activity with definition, result, context with registration and extensions.</summary>
internal static class XapiBenchmarkStatements
{
    public static List<Statement> Create(int count, bool withIds)
    {
        var verbs = new[] { "http://adlnet.gov/expapi/verbs/attended", "http://adlnet.gov/expapi/verbs/completed", "http://id.tincanapi.com/verb/mentored", "http://adlnet.gov/expapi/verbs/scored" };
        var start = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var random = new Random(42);
        var list = new List<Statement>(count);
        for (var i = 0; i < count; i++)
        {
            var program = new Activity($"https://lms.example.org/programs/{i % 13}")
            {
                Definition = new ActivityDefinition
                {
                    Name = new Dictionary<string, string> { ["en-US"] = $"Mentoring program {i % 13}" },
                    Type = "http://adlnet.gov/expapi/activities/course",
                },
            };
            list.Add(new Statement
            {
                Id = withIds ? new Guid(random.Next(), (short)random.Next(), (short)(0x4000 | random.Next(0x0fff)), 0x80, 0, 0, 0, 0, 0, 0, (byte)random.Next(256)) : null,
                Actor = Agent.WithAccount("https://lms.example.org", $"user-{i % 997}", $"Participant {i % 997}"),
                Verb = new Verb(verbs[i % verbs.Length]) { Display = new Dictionary<string, string> { ["en-US"] = "did" } },
                Object = new Activity($"https://lms.example.org/sessions/{i}") { Definition = new ActivityDefinition { Name = new Dictionary<string, string> { ["en-US"] = $"Session {i}" } } },
                Result = new Result
                {
                    Score = new Score { Scaled = (i % 100) / 100m, Raw = i % 100, Min = 0, Max = 100 },
                    Success = i % 3 != 0,
                    Completion = true,
                    Duration = TimeSpan.FromMinutes(15 + (i % 90)),
                },
                Context = new Context
                {
                    Registration = new Guid(i, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1),
                    Instructor = Agent.WithMbox($"mentor{i % 41}@example.org"),
                    ContextActivities = new ContextActivities { Parent = [program], Category = [new Activity("https://w3id.org/xapi/peer-learning")] },
                    Platform = "PeerLearning",
                    Language = "en-US",
                    Extensions = new Dictionary<string, JToken> { ["https://w3id.org/xapi/peer-learning/extensions/cohort"] = $"cohort-{i % 7}" },
                },
                Timestamp = start.AddSeconds(i),
            });
        }

        return list;
    }
}
