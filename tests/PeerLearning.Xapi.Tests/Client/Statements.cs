namespace PeerLearning.Xapi.Tests.Client;

/// <summary>Statement fixtures for client tests.</summary>
internal static class Statements
{
    public static Statement Completed(int i, string? activity = null) => new()
    {
        Actor = Agent.WithMbox($"learner{i % 7}@example.org", $"Learner {i % 7}"),
        Verb = new Verb("http://adlnet.gov/expapi/verbs/completed") { Display = new Dictionary<string, string> { ["en-US"] = "completed" } },
        Object = new Activity(activity ?? $"http://example.org/activities/{i % 5}")
        {
            Definition = new ActivityDefinition { Name = new Dictionary<string, string> { ["en-US"] = $"Activity {i % 5}" } },
        },
        Result = new Result { Score = new Score { Scaled = 0.5m, Raw = 5m, Min = 0m, Max = 10m }, Success = true, Duration = TimeSpan.FromMinutes(i % 60) },
        Timestamp = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero).AddSeconds(i),
    };
}
