namespace PeerLearning.Xapi;

/// <summary>Where a State, Activity Profile or Agent Profile document lives: its resource and its identifying parameters.</summary>
public sealed record DocumentAddress
{
    private DocumentAddress(string resource, string idParameter, string? id, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        Resource = resource;
        IdParameter = idParameter;
        DocumentId = id;
        Parameters = parameters;
    }

    /// <summary>The resource path below the endpoint: <c>activities/state</c>, <c>activities/profile</c> or <c>agents/profile</c>.</summary>
    public string Resource { get; }

    /// <summary>The name of the id parameter: <c>stateId</c> or <c>profileId</c>.</summary>
    public string IdParameter { get; }

    /// <summary>The document id; null addresses the collection (id lists, delete-all of State).</summary>
    public string? DocumentId { get; }

    /// <summary>The other identifying parameters (activityId, agent, registration).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>A State document (or, with a null <paramref name="stateId"/>, all states of the activity and agent).</summary>
    public static DocumentAddress State(string activityId, Agent agent, string? stateId, Guid? registration = null)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        ArgumentNullException.ThrowIfNull(agent);
        var parameters = new List<KeyValuePair<string, string>> { new("activityId", activityId), new("agent", StatementQuery.AgentJson(agent)) };
        if (registration is { } r)
        {
            parameters.Add(new("registration", r.ToString("D")));
        }

        return new DocumentAddress("activities/state", "stateId", stateId, parameters);
    }

    /// <summary>An Activity Profile document (or, with a null <paramref name="profileId"/>, the activity's profile ids).</summary>
    public static DocumentAddress ActivityProfile(string activityId, string? profileId)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        return new DocumentAddress("activities/profile", "profileId", profileId, [new("activityId", activityId)]);
    }

    /// <summary>An Agent Profile document (or, with a null <paramref name="profileId"/>, the agent's profile ids).</summary>
    public static DocumentAddress AgentProfile(Agent agent, string? profileId)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return new DocumentAddress("agents/profile", "profileId", profileId, [new("agent", StatementQuery.AgentJson(agent))]);
    }
}
