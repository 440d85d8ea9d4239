using System.Globalization;

namespace PeerLearning.Xapi;

/// <summary>The filters of <c>GET /statements</c>.</summary>
public sealed record StatementQuery
{
    /// <summary>Statements whose actor or object is this agent or group (any member when <see cref="RelatedAgents"/>).</summary>
    public Actor? Agent { get; init; }

    /// <summary>Statements with this verb IRI.</summary>
    public string? Verb { get; init; }

    /// <summary>Statements whose object is this activity IRI.</summary>
    public string? Activity { get; init; }

    /// <summary>Statements with this registration.</summary>
    public Guid? Registration { get; init; }

    /// <summary>Match the agent in any role (instructor, team, authority, sub-statement...).</summary>
    public bool RelatedActivities { get; init; }

    /// <summary>Match the activity in context activities and sub-statements too.</summary>
    public bool RelatedAgents { get; init; }

    /// <summary>Stored strictly after this instant.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Stored at or before this instant.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Page size (0 or null: the LRS's maximum).</summary>
    public int? Limit { get; init; }

    /// <summary>The representation of the statements.</summary>
    public StatementFormat Format { get; init; }

    /// <summary>Ask for attachment contents (multipart/mixed response).</summary>
    public bool Attachments { get; init; }

    /// <summary>Oldest first.</summary>
    public bool Ascending { get; init; }

    /// <summary>The query string parameters, in a fixed order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var list = new List<KeyValuePair<string, string>>();
        if (Agent is not null)
        {
            list.Add(new("agent", AgentJson(Agent)));
        }

        Add(list, "verb", Verb);
        Add(list, "activity", Activity);
        Add(list, "registration", Registration?.ToString("D"));
        if (RelatedActivities)
        {
            list.Add(new("related_activities", "true"));
        }

        if (RelatedAgents)
        {
            list.Add(new("related_agents", "true"));
        }

        Add(list, "since", Since is { } since ? XapiTimestamp.FromDateTimeOffset(since).Text : null);
        Add(list, "until", Until is { } until ? XapiTimestamp.FromDateTimeOffset(until).Text : null);
        Add(list, "limit", Limit?.ToString(CultureInfo.InvariantCulture));
        if (Format != StatementFormat.Exact)
        {
            list.Add(new("format", Format == StatementFormat.Ids ? "ids" : "canonical"));
        }

        if (Attachments)
        {
            list.Add(new("attachments", "true"));
        }

        if (Ascending)
        {
            list.Add(new("ascending", "true"));
        }

        return list;
    }

    internal static string AgentJson(Actor agent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = StatementSerializer.CreateWriter(text))
        {
            StatementWriter.WriteActor(writer, agent);
        }

        return text.ToString();
    }

    private static void Add(List<KeyValuePair<string, string>> list, string name, string? value)
    {
        if (value is not null)
        {
            list.Add(new(name, value));
        }
    }
}
