using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>
/// Reads xAPI JSON into the model, keeping unknown properties, and records every structural problem (wrong JSON type,
/// missing required property, unknown objectType, unparsable id/timestamp/duration) with its JSON path.
/// </summary>
internal sealed class StatementReader
{
    private static readonly HashSet<string> StatementKeys = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"];
    private static readonly HashSet<string> SubStatementKeys = ["objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"];
    private static readonly HashSet<string> AgentKeys = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"];
    private static readonly HashSet<string> GroupKeys = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"];
    private static readonly HashSet<string> AccountKeys = ["homePage", "name"];
    private static readonly HashSet<string> VerbKeys = ["id", "display"];
    private static readonly HashSet<string> ActivityKeys = ["objectType", "id", "definition"];
    private static readonly HashSet<string> DefinitionKeys = ["name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps", "extensions"];
    private static readonly HashSet<string> ComponentKeys = ["id", "description"];
    private static readonly HashSet<string> RefKeys = ["objectType", "id"];
    private static readonly HashSet<string> ResultKeys = ["score", "success", "completion", "response", "duration", "extensions"];
    private static readonly HashSet<string> ScoreKeys = ["scaled", "raw", "min", "max"];
    private static readonly HashSet<string> ContextKeys = ["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions", "contextAgents", "contextGroups"];
    private static readonly HashSet<string> ContextActivitiesKeys = ["parent", "grouping", "category", "other"];
    private static readonly HashSet<string> ContextAgentKeys = ["objectType", "agent", "relevantTypes"];
    private static readonly HashSet<string> ContextGroupKeys = ["objectType", "group", "relevantTypes"];
    private static readonly HashSet<string> AttachmentKeys = ["usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"];

    private readonly List<ValidationProblem> _problems;
    private readonly string _itemId;
    private readonly int? _itemIndex;

    public StatementReader(string itemId, int? itemIndex, List<ValidationProblem> problems)
    {
        _itemId = itemId;
        _itemIndex = itemIndex;
        _problems = problems;
    }

    public Statement? ReadStatement(JToken? token, string path)
    {
        if (Obj(token, path, required: true) is not { } o)
        {
            return null;
        }

        var actor = ReadActor(o["actor"], path + ".actor", required: true);
        var verb = ReadVerb(o["verb"], path + ".verb");
        var obj = ReadObject(o["object"], path + ".object", allowSubStatement: true);
        var result = ReadResult(o["result"], path + ".result");
        var context = ReadContext(o["context"], path + ".context");
        var id = GuidValue(o, "id", path);
        var timestamp = Timestamp(o, "timestamp", path);
        var stored = Timestamp(o, "stored", path);
        var authority = ReadActor(o["authority"], path + ".authority", required: false);
        var version = Str(o, "version", path);
        var attachments = ReadAttachments(o["attachments"], path + ".attachments");
        if (actor is null || verb is null || obj is null)
        {
            return null;
        }

        return new Statement
        {
            Id = id,
            Actor = actor,
            Verb = verb,
            Object = obj,
            Result = result,
            Context = context,
            Timestamp = timestamp,
            Stored = stored,
            Authority = authority,
            Version = version,
            Attachments = attachments,
            AdditionalProperties = Additional(o, StatementKeys),
        };
    }

    public Activity? ReadActivityOrNull(JToken? token, string path) => ReadActivity(token, path);

    private StatementObject? ReadObject(JToken? token, string path, bool allowSubStatement)
    {
        if (Obj(token, path, required: true) is not { } o)
        {
            return null;
        }

        var objectType = Str(o, "objectType", path);
        switch (objectType ?? (o["objectType"] is null ? "Activity" : null))
        {
            case "Activity":
                return ReadActivity(o, path);
            case "Agent":
            case "Group":
                return ReadActor(o, path, required: true);
            case "StatementRef":
                return ReadStatementRef(o, path);
            case "SubStatement":
                if (!allowSubStatement)
                {
                    Problem(path + ".objectType", "a SubStatement cannot contain another SubStatement");
                    return null;
                }

                return ReadSubStatement(o, path);
            case null:
                return null;
            default:
                Problem(path + ".objectType", $"unknown objectType '{objectType}' (expected Activity, Agent, Group, StatementRef or SubStatement)");
                return null;
        }
    }

    private SubStatement? ReadSubStatement(JObject o, string path)
    {
        var actor = ReadActor(o["actor"], path + ".actor", required: true);
        var verb = ReadVerb(o["verb"], path + ".verb");
        var obj = ReadObject(o["object"], path + ".object", allowSubStatement: false);
        var result = ReadResult(o["result"], path + ".result");
        var context = ReadContext(o["context"], path + ".context");
        var timestamp = Timestamp(o, "timestamp", path);
        var attachments = ReadAttachments(o["attachments"], path + ".attachments");
        if (actor is null || verb is null || obj is null)
        {
            return null;
        }

        return new SubStatement
        {
            Actor = actor,
            Verb = verb,
            Object = obj,
            Result = result,
            Context = context,
            Timestamp = timestamp,
            Attachments = attachments,
            AdditionalProperties = Additional(o, SubStatementKeys),
        };
    }

    private StatementRef? ReadStatementRef(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        var objectType = Str(o, "objectType", path);
        if (objectType is not null and not "StatementRef")
        {
            Problem(path + ".objectType", $"must be 'StatementRef', not '{objectType}'");
        }

        if (o["id"] is null)
        {
            Problem(path + ".id", "is required");
            return null;
        }

        return GuidValue(o, "id", path) is { } id
            ? new StatementRef(id) { ObjectTypeWritten = o["objectType"] is not null, AdditionalProperties = Additional(o, RefKeys) }
            : null;
    }

    public Actor? ReadActor(JToken? token, string path, bool required)
    {
        if (Obj(token, path, required) is not { } o)
        {
            return null;
        }

        var objectType = Str(o, "objectType", path);
        if (objectType is "Group")
        {
            return ReadGroup(o, path);
        }

        if (objectType is not null and not "Agent")
        {
            Problem(path + ".objectType", $"must be 'Agent' or 'Group', not '{objectType}'");
            return null;
        }

        return ReadAgent(o, path);
    }

    private Agent ReadAgent(JObject o, string path) => new()
    {
        Name = Str(o, "name", path),
        Mbox = Str(o, "mbox", path),
        MboxSha1Sum = Str(o, "mbox_sha1sum", path),
        OpenId = Str(o, "openid", path),
        Account = ReadAccount(o["account"], path + ".account"),
        ObjectTypeWritten = o["objectType"] is not null,
        AdditionalProperties = Additional(o, AgentKeys),
    };

    private Group? ReadGroup(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        var objectType = Str(o, "objectType", path);
        if (objectType is not null and not "Group")
        {
            Problem(path + ".objectType", $"must be 'Group', not '{objectType}'");
        }

        List<Agent>? members = null;
        if (Arr(o["member"], path + ".member") is { } array)
        {
            members = new List<Agent>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                var memberPath = $"{path}.member[{i}]";
                var member = ReadActor(array[i], memberPath, required: true);
                if (member is Agent agent)
                {
                    members.Add(agent);
                }
                else if (member is Group)
                {
                    Problem(memberPath + ".objectType", "a group member must be an Agent");
                }
            }
        }

        return new Group
        {
            Name = Str(o, "name", path),
            Mbox = Str(o, "mbox", path),
            MboxSha1Sum = Str(o, "mbox_sha1sum", path),
            OpenId = Str(o, "openid", path),
            Account = ReadAccount(o["account"], path + ".account"),
            Members = members,
            ObjectTypeWritten = o["objectType"] is not null,
            AdditionalProperties = Additional(o, GroupKeys),
        };
    }

    private Account? ReadAccount(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        var homePage = Str(o, "homePage", path, required: true);
        var name = Str(o, "name", path, required: true);
        return homePage is null || name is null ? null : new Account(homePage, name) { AdditionalProperties = Additional(o, AccountKeys) };
    }

    private Verb? ReadVerb(JToken? token, string path)
    {
        if (Obj(token, path, required: true) is not { } o)
        {
            return null;
        }

        var id = Str(o, "id", path, required: true);
        var display = LanguageMap(o["display"], path + ".display");
        return id is null ? null : new Verb(id) { Display = display, AdditionalProperties = Additional(o, VerbKeys) };
    }

    private Activity? ReadActivity(JToken? token, string path)
    {
        if (Obj(token, path, required: true) is not { } o)
        {
            return null;
        }

        var objectType = Str(o, "objectType", path);
        if (objectType is not null and not "Activity")
        {
            Problem(path + ".objectType", $"must be 'Activity', not '{objectType}'");
        }

        var id = Str(o, "id", path, required: true);
        var definition = ReadDefinition(o["definition"], path + ".definition");
        return id is null
            ? null
            : new Activity(id) { Definition = definition, ObjectTypeWritten = o["objectType"] is not null, AdditionalProperties = Additional(o, ActivityKeys) };
    }

    private ActivityDefinition? ReadDefinition(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        return new ActivityDefinition
        {
            Name = LanguageMap(o["name"], path + ".name"),
            Description = LanguageMap(o["description"], path + ".description"),
            Type = Str(o, "type", path),
            MoreInfo = Str(o, "moreInfo", path),
            InteractionType = Str(o, "interactionType", path),
            CorrectResponsesPattern = StringList(o["correctResponsesPattern"], path + ".correctResponsesPattern"),
            Choices = Components(o["choices"], path + ".choices"),
            Scale = Components(o["scale"], path + ".scale"),
            Source = Components(o["source"], path + ".source"),
            Target = Components(o["target"], path + ".target"),
            Steps = Components(o["steps"], path + ".steps"),
            Extensions = Extensions(o["extensions"], path + ".extensions"),
            AdditionalProperties = Additional(o, DefinitionKeys),
        };
    }

    private List<InteractionComponent>? Components(JToken? token, string path)
    {
        if (Arr(token, path) is not { } array)
        {
            return null;
        }

        var list = new List<InteractionComponent>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Obj(array[i], itemPath, required: true) is { } o && Str(o, "id", itemPath, required: true) is { } id)
            {
                list.Add(new InteractionComponent(id)
                {
                    Description = LanguageMap(o["description"], itemPath + ".description"),
                    AdditionalProperties = Additional(o, ComponentKeys),
                });
            }
        }

        return list;
    }

    private Result? ReadResult(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        Score? score = null;
        if (Obj(o["score"], path + ".score", required: false) is { } s)
        {
            score = new Score
            {
                Scaled = Number(s, "scaled", path + ".score"),
                Raw = Number(s, "raw", path + ".score"),
                Min = Number(s, "min", path + ".score"),
                Max = Number(s, "max", path + ".score"),
                AdditionalProperties = Additional(s, ScoreKeys),
            };
        }

        XapiDuration? duration = null;
        if (Str(o, "duration", path) is { } text)
        {
            if (XapiDuration.TryParse(text, out var d))
            {
                duration = d;
            }
            else
            {
                Problem(path + ".duration", $"'{text}' is not an ISO 8601 duration");
            }
        }

        return new Result
        {
            Score = score,
            Success = Bool(o, "success", path),
            Completion = Bool(o, "completion", path),
            Response = Str(o, "response", path),
            Duration = duration,
            Extensions = Extensions(o["extensions"], path + ".extensions"),
            AdditionalProperties = Additional(o, ResultKeys),
        };
    }

    private Context? ReadContext(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        ContextActivities? contextActivities = null;
        if (Obj(o["contextActivities"], path + ".contextActivities", required: false) is { } ca)
        {
            var single = new List<string>();
            contextActivities = new ContextActivities
            {
                Parent = ActivityList(ca, "parent", path + ".contextActivities", single),
                Grouping = ActivityList(ca, "grouping", path + ".contextActivities", single),
                Category = ActivityList(ca, "category", path + ".contextActivities", single),
                Other = ActivityList(ca, "other", path + ".contextActivities", single),
                SingleObjectLists = single.Count == 0 ? null : single,
                AdditionalProperties = Additional(ca, ContextActivitiesKeys),
            };
        }

        List<ContextAgent>? contextAgents = null;
        if (Arr(o["contextAgents"], path + ".contextAgents") is { } agents)
        {
            contextAgents = [];
            for (var i = 0; i < agents.Count; i++)
            {
                var itemPath = $"{path}.contextAgents[{i}]";
                if (Obj(agents[i], itemPath, required: true) is not { } item)
                {
                    continue;
                }

                CheckContextObjectType(item, itemPath, "contextAgent");
                if (ReadActor(item["agent"], itemPath + ".agent", required: true) is { } actor)
                {
                    if (actor is Agent agent)
                    {
                        contextAgents.Add(new ContextAgent(agent) { RelevantTypes = StringList(item["relevantTypes"], itemPath + ".relevantTypes"), AdditionalProperties = Additional(item, ContextAgentKeys) });
                    }
                    else
                    {
                        Problem(itemPath + ".agent.objectType", "must be an Agent");
                    }
                }
            }
        }

        List<ContextGroup>? contextGroups = null;
        if (Arr(o["contextGroups"], path + ".contextGroups") is { } groups)
        {
            contextGroups = [];
            for (var i = 0; i < groups.Count; i++)
            {
                var itemPath = $"{path}.contextGroups[{i}]";
                if (Obj(groups[i], itemPath, required: true) is not { } item)
                {
                    continue;
                }

                CheckContextObjectType(item, itemPath, "contextGroup");
                if (item["group"] is null)
                {
                    Problem(itemPath + ".group", "is required");
                }
                else if (ReadGroup(item["group"], itemPath + ".group") is { } group)
                {
                    contextGroups.Add(new ContextGroup(group) { RelevantTypes = StringList(item["relevantTypes"], itemPath + ".relevantTypes"), AdditionalProperties = Additional(item, ContextGroupKeys) });
                }
            }
        }

        var team = o["team"] is null ? null : ReadGroup(o["team"], path + ".team");
        return new Context
        {
            Registration = GuidValue(o, "registration", path),
            Instructor = ReadActor(o["instructor"], path + ".instructor", required: false),
            Team = team,
            ContextActivities = contextActivities,
            Revision = Str(o, "revision", path),
            Platform = Str(o, "platform", path),
            Language = Str(o, "language", path),
            Statement = ReadStatementRef(o["statement"], path + ".statement"),
            Extensions = Extensions(o["extensions"], path + ".extensions"),
            ContextAgents = contextAgents,
            ContextGroups = contextGroups,
            AdditionalProperties = Additional(o, ContextKeys),
        };
    }

    private void CheckContextObjectType(JObject item, string path, string expected)
    {
        var objectType = Str(item, "objectType", path, required: true);
        if (objectType is not null && objectType != expected)
        {
            Problem(path + ".objectType", $"must be '{expected}'");
        }
    }

    private List<Activity>? ActivityList(JObject o, string name, string path, List<string> single)
    {
        var token = o[name];
        var itemPath = path + "." + name;
        if (token is null)
        {
            return null;
        }

        if (token.Type == JTokenType.Object)
        {
            single.Add(name);
            return ReadActivity(token, itemPath) is { } one ? [one] : [];
        }

        if (Arr(token, itemPath) is not { } array)
        {
            return null;
        }

        var list = new List<Activity>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (ReadActivity(array[i], $"{itemPath}[{i}]") is { } activity)
            {
                list.Add(activity);
            }
        }

        return list;
    }

    private List<Attachment>? ReadAttachments(JToken? token, string path)
    {
        if (Arr(token, path) is not { } array)
        {
            return null;
        }

        var list = new List<Attachment>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Obj(array[i], itemPath, required: true) is not { } o)
            {
                continue;
            }

            var usageType = Str(o, "usageType", itemPath, required: true);
            var display = LanguageMap(o["display"], itemPath + ".display");
            if (o["display"] is null)
            {
                Problem(itemPath + ".display", "is required");
            }

            var description = LanguageMap(o["description"], itemPath + ".description");
            var contentType = Str(o, "contentType", itemPath, required: true);
            long? length = null;
            if (o["length"] is not { } lengthToken)
            {
                Problem(itemPath + ".length", "is required");
            }
            else if (lengthToken.Type == JTokenType.Integer || (lengthToken.Type == JTokenType.Float && decimal.Truncate(lengthToken.Value<decimal>()) == lengthToken.Value<decimal>()))
            {
                length = lengthToken.Value<long>();
            }
            else
            {
                Problem(itemPath + ".length", "must be an integer");
            }

            var sha2 = Str(o, "sha2", itemPath, required: true);
            var fileUrl = Str(o, "fileUrl", itemPath);
            if (usageType is not null && display is not null && contentType is not null && length is { } l && sha2 is not null)
            {
                list.Add(new Attachment
                {
                    UsageType = usageType,
                    Display = display,
                    Description = description,
                    ContentType = contentType,
                    Length = l,
                    Sha2 = sha2,
                    FileUrl = fileUrl,
                    AdditionalProperties = Additional(o, AttachmentKeys),
                });
            }
        }

        return list;
    }

    private Dictionary<string, string>? LanguageMap(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        var map = new Dictionary<string, string>(o.Count, StringComparer.Ordinal);
        foreach (var property in o.Properties())
        {
            if (property.Value.Type == JTokenType.String)
            {
                map[property.Name] = (string)property.Value!;
            }
            else
            {
                Problem($"{path}['{property.Name}']", "must be a string");
            }
        }

        return map;
    }

    private Dictionary<string, JToken>? Extensions(JToken? token, string path)
    {
        if (Obj(token, path, required: false) is not { } o)
        {
            return null;
        }

        var map = new Dictionary<string, JToken>(o.Count, StringComparer.Ordinal);
        foreach (var property in o.Properties())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private List<string>? StringList(JToken? token, string path)
    {
        if (Arr(token, path) is not { } array)
        {
            return null;
        }

        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i].Type == JTokenType.String)
            {
                list.Add((string)array[i]!);
            }
            else
            {
                Problem($"{path}[{i}]", "must be a string");
            }
        }

        return list;
    }

    private static Dictionary<string, JToken>? Additional(JObject o, HashSet<string> known)
    {
        Dictionary<string, JToken>? extra = null;
        foreach (var property in o.Properties())
        {
            if (!known.Contains(property.Name))
            {
                extra ??= new Dictionary<string, JToken>(StringComparer.Ordinal);
                extra[property.Name] = property.Value;
            }
        }

        return extra;
    }

    private JObject? Obj(JToken? token, string path, bool required)
    {
        if (token is null)
        {
            if (required)
            {
                Problem(path, "is required");
            }

            return null;
        }

        if (token.Type != JTokenType.Object)
        {
            Problem(path, token.Type == JTokenType.Null ? "must not be null" : "must be a JSON object");
            return null;
        }

        return (JObject)token;
    }

    private JArray? Arr(JToken? token, string path)
    {
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Array)
        {
            Problem(path, token.Type == JTokenType.Null ? "must not be null" : "must be a JSON array");
            return null;
        }

        return (JArray)token;
    }

    private string? Str(JObject o, string name, string path, bool required = false)
    {
        var token = o[name];
        if (token is null)
        {
            if (required)
            {
                Problem(path + "." + name, "is required");
            }

            return null;
        }

        if (token.Type != JTokenType.String)
        {
            Problem(path + "." + name, token.Type == JTokenType.Null ? "must not be null" : "must be a string");
            return null;
        }

        return (string)token!;
    }

    private bool? Bool(JObject o, string name, string path)
    {
        var token = o[name];
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Boolean)
        {
            Problem(path + "." + name, "must be a boolean");
            return null;
        }

        return (bool)token;
    }

    private decimal? Number(JObject o, string name, string path)
    {
        var token = o[name];
        if (token is null)
        {
            return null;
        }

        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            Problem(path + "." + name, "must be a number");
            return null;
        }

        try
        {
            return token.Value<decimal>();
        }
        catch (OverflowException)
        {
            Problem(path + "." + name, "is out of range");
            return null;
        }
    }

    private Guid? GuidValue(JObject o, string name, string path)
    {
        if (Str(o, name, path) is not { } text)
        {
            return null;
        }

        if (text.Length == 36 && Guid.TryParseExact(text, "D", out var id))
        {
            return id;
        }

        Problem(path + "." + name, $"'{text}' is not a UUID");
        return null;
    }

    private XapiTimestamp? Timestamp(JObject o, string name, string path)
    {
        if (Str(o, name, path) is not { } text)
        {
            return null;
        }

        if (XapiTimestamp.TryParse(text, out var timestamp))
        {
            return timestamp;
        }

        Problem(path + "." + name, $"'{text}' is not an ISO 8601 timestamp");
        return null;
    }

    private void Problem(string path, string message) =>
        _problems.Add(new ValidationProblem(_itemId, path, message) { ItemIndex = _itemIndex });
}
