using System.Globalization;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>
/// Checks statements against the xAPI 1.0.3 or 2.0 rules before they are sent and reports every problem with its
/// JSON path (<c>$.context.contextActivities.parent[0].id</c>).
/// </summary>
public static class StatementValidator
{
    /// <summary>Every problem of one statement (empty when valid).</summary>
    public static IReadOnlyList<ValidationProblem> Validate(Statement statement, XapiVersion version = XapiVersion.V103)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var run = new Run(version, statement.Id is { } id ? "statement " + id.ToString("D") : "statement", null);
        run.Statement(statement);
        return run.Problems ?? (IReadOnlyList<ValidationProblem>)[];
    }

    /// <summary>Every problem of every statement of a batch, each naming the statement's index and id.</summary>
    public static IReadOnlyList<ValidationProblem> ValidateBatch(IEnumerable<Statement> statements, XapiVersion version = XapiVersion.V103)
    {
        ArgumentNullException.ThrowIfNull(statements);
        List<ValidationProblem>? all = null;
        var index = 0;
        HashSet<Guid>? ids = null;
        foreach (var statement in statements)
        {
            var itemId = statement.Id is { } id ? "statement " + id.ToString("D") : "statement #" + index.ToString(CultureInfo.InvariantCulture);
            var run = new Run(version, itemId, index);
            run.Statement(statement);
            if (statement.Id is { } sid && !(ids ??= []).Add(sid))
            {
                run.Problem("$.id", "is used by another statement of the same batch");
            }

            if (run.Problems is { } problems)
            {
                (all ??= []).AddRange(problems);
            }

            index++;
        }

        return all ?? (IReadOnlyList<ValidationProblem>)[];
    }

    /// <summary>Every structural and semantic problem of a statement (JSON object) or batch (JSON array) as it would be sent.</summary>
    public static IReadOnlyList<ValidationProblem> ValidateJson(JToken json, XapiVersion version = XapiVersion.V103)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<ValidationProblem>();
        if (json is JArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var itemId = StatementSerializer.ItemIdOf(array[i], i);
                if (StatementSerializer.TryRead(array[i], itemId, i, problems) is { } statement)
                {
                    var run = new Run(version, itemId, i);
                    run.Statement(statement);
                    problems.AddRange(run.Problems ?? []);
                }
            }
        }
        else
        {
            var itemId = StatementSerializer.ItemIdOf(json, 0);
            if (StatementSerializer.TryRead(json, itemId, null, problems) is { } statement)
            {
                var run = new Run(version, itemId, null);
                run.Statement(statement);
                problems.AddRange(run.Problems ?? []);
            }
        }

        return problems;
    }

    /// <summary>Throws <see cref="PeerLearningValidationException"/> listing every problem of the statements.</summary>
    public static void ThrowIfInvalid(IEnumerable<Statement> statements, XapiVersion version = XapiVersion.V103) =>
        PeerLearningValidationException.ThrowIfAny(ValidateBatch(statements, version));

    private sealed class Run(XapiVersion version, string itemId, int? index)
    {
        public List<ValidationProblem>? Problems { get; private set; }

        public void Problem(string path, string message) =>
            (Problems ??= []).Add(new ValidationProblem(itemId, path, message) { ItemIndex = index });

        public void Statement(Statement s)
        {
            if (s.Id is { } id)
            {
                Uuid(id, "$.id");
            }

            Body(s.Actor, s.Verb, s.Object, s.Result, s.Context, s.Timestamp, s.Attachments, "$");
            if (s.Stored is { } stored)
            {
                Timestamp(stored, "$.stored");
            }

            if (s.Authority is { } authority)
            {
                Authority(authority, "$.authority");
            }

            if (s.Version is { } v && !IsVersion(v))
            {
                Problem("$.version", $"'{v}' is not an xAPI {(version == XapiVersion.V103 ? "1.0.x" : "1.0.x or 2.0.x")} version");
            }

            Additional(s.AdditionalProperties, "$");
        }

        private bool IsVersion(string v)
        {
            var ok = v.StartsWith("1.0", StringComparison.Ordinal) || (version == XapiVersion.V200 && v.StartsWith("2.0", StringComparison.Ordinal));
            if (!ok)
            {
                return false;
            }

            if (v.Length == 3)
            {
                return true;
            }

            if (v.Length < 5 || v[3] != '.')
            {
                return false;
            }

            for (var i = 4; i < v.Length; i++)
            {
                if (!char.IsAsciiDigit(v[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private void Body(Actor? actor, Verb? verb, StatementObject? obj, Result? result, Context? context, XapiTimestamp? timestamp, IReadOnlyList<Attachment>? attachments, string path)
        {
            if (actor is null)
            {
                Problem(path + ".actor", "is required");
            }
            else
            {
                Actor(actor, path + ".actor");
            }

            if (verb is null)
            {
                Problem(path + ".verb", "is required");
            }
            else
            {
                Verb(verb, path + ".verb");
            }

            if (obj is null)
            {
                Problem(path + ".object", "is required");
            }
            else
            {
                Object(obj, path + ".object", path == "$");
            }

            if (verb?.Id == Xapi.Verb.VoidedId && obj is not StatementRef)
            {
                Problem(path + ".object", "a statement with the verb 'voided' must have a StatementRef object");
            }

            if (result is not null)
            {
                Result(result, path + ".result");
            }

            if (context is not null)
            {
                Context(context, path + ".context", obj is Xapi.Activity or null);
            }

            if (timestamp is { } t)
            {
                Timestamp(t, path + ".timestamp");
            }

            if (attachments is not null)
            {
                for (var i = 0; i < attachments.Count; i++)
                {
                    Attachment(attachments[i], $"{path}.attachments[{i}]");
                }
            }
        }

        private void Object(StatementObject o, string path, bool topLevel)
        {
            switch (o)
            {
                case Activity a:
                    Activity(a, path);
                    break;
                case Actor actor:
                    Actor(actor, path);
                    break;
                case StatementRef r:
                    Uuid(r.Id, path + ".id");
                    Additional(r.AdditionalProperties, path);
                    break;
                case SubStatement sub:
                    if (!topLevel)
                    {
                        Problem(path + ".objectType", "a SubStatement cannot contain another SubStatement");
                        break;
                    }

                    Body(sub.Actor, sub.Verb, sub.Object, sub.Result, sub.Context, sub.Timestamp, sub.Attachments, path);
                    Additional(sub.AdditionalProperties, path);
                    break;
            }
        }

        private void Actor(Actor a, string path)
        {
            var ifis = a.IdentifierCount;
            if (a is Group g)
            {
                if (ifis > 1)
                {
                    Problem(path, "a group must have at most one inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
                }
                else if (ifis == 0 && (g.Members is null || g.Members.Count == 0))
                {
                    Problem(path + ".member", "an anonymous group (no identifier) must list its members");
                }

                if (g.Members is { } members)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        Actor(members[i], $"{path}.member[{i}]");
                    }
                }
            }
            else if (ifis != 1)
            {
                Problem(path, ifis == 0
                    ? "an agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has none"
                    : "an agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has " + ifis.ToString(CultureInfo.InvariantCulture));
            }

            if (a.Mbox is { } mbox && !XapiSyntax.IsMailto(mbox))
            {
                Problem(path + ".mbox", $"'{mbox}' is not a mailto: IRI (mailto:name@example.org)");
            }

            if (a.MboxSha1Sum is { } sha1 && !XapiSyntax.IsSha1Hex(sha1))
            {
                Problem(path + ".mbox_sha1sum", "must be the 40 hex digits of a SHA-1 hash");
            }

            if (a.OpenId is { } openId && !XapiSyntax.IsIri(openId))
            {
                Problem(path + ".openid", $"'{openId}' is not an IRI");
            }

            if (a.Account is { } account)
            {
                if (!XapiSyntax.IsIri(account.HomePage))
                {
                    Problem(path + ".account.homePage", $"'{account.HomePage}' is not an IRL");
                }

                if (account.Name is null)
                {
                    Problem(path + ".account.name", "is required");
                }

                Additional(account.AdditionalProperties, path + ".account");
            }

            Additional(a.AdditionalProperties, path);
        }

        private void Authority(Actor a, string path)
        {
            if (a is Group g)
            {
                if (g.Members is not { Count: 2 })
                {
                    Problem(path + ".member", "a group authority (OAuth consumer and user) must have exactly two agent members");
                }

                if (g.IdentifierCount > 0 || g.Name is not null)
                {
                    Problem(path, "a group authority is anonymous: it has only objectType and member");
                }

                if (g.Members is { } members)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        Actor(members[i], $"{path}.member[{i}]");
                    }
                }

                Additional(g.AdditionalProperties, path);
                return;
            }

            Actor(a, path);
        }

        private void Verb(Verb v, string path)
        {
            if (!XapiSyntax.IsIri(v.Id))
            {
                Problem(path + ".id", $"'{v.Id}' is not an IRI");
            }

            LanguageMap(v.Display, path + ".display");
            Additional(v.AdditionalProperties, path);
        }

        private void Activity(Activity a, string path)
        {
            if (!XapiSyntax.IsIri(a.Id))
            {
                Problem(path + ".id", $"'{a.Id}' is not an IRI");
            }

            if (a.Definition is { } d)
            {
                var dp = path + ".definition";
                LanguageMap(d.Name, dp + ".name");
                LanguageMap(d.Description, dp + ".description");
                if (d.Type is { } type && !XapiSyntax.IsIri(type))
                {
                    Problem(dp + ".type", $"'{type}' is not an IRI");
                }

                if (d.MoreInfo is { } moreInfo && !XapiSyntax.IsIri(moreInfo))
                {
                    Problem(dp + ".moreInfo", $"'{moreInfo}' is not an IRL");
                }

                if (d.InteractionType is { } interactionType && !InteractionTypes.All.Contains(interactionType))
                {
                    Problem(dp + ".interactionType", $"'{interactionType}' is not an interaction type ({string.Join(", ", InteractionTypes.All)})");
                }

                if (d.CorrectResponsesPattern is not null && d.InteractionType is null)
                {
                    Problem(dp + ".interactionType", "is required when correctResponsesPattern is given");
                }

                var allowed = InteractionTypes.ComponentsOf(d.InteractionType);
                Components(d.Choices, "choices", dp, allowed);
                Components(d.Scale, "scale", dp, allowed);
                Components(d.Source, "source", dp, allowed);
                Components(d.Target, "target", dp, allowed);
                Components(d.Steps, "steps", dp, allowed);
                Extensions(d.Extensions, dp + ".extensions");
                Additional(d.AdditionalProperties, dp);
            }

            Additional(a.AdditionalProperties, path);
        }

        private void Components(IReadOnlyList<InteractionComponent>? components, string name, string path, IReadOnlyList<string> allowed)
        {
            if (components is null)
            {
                return;
            }

            if (!allowed.Contains(name))
            {
                Problem(path + "." + name, "is not a component of this interaction type");
            }

            for (var i = 0; i < components.Count; i++)
            {
                var c = components[i];
                var cp = $"{path}.{name}[{i}]";
                if (c.Id is null)
                {
                    Problem(cp + ".id", "is required");
                }

                LanguageMap(c.Description, cp + ".description");
                Additional(c.AdditionalProperties, cp);
            }
        }

        private void Result(Result r, string path)
        {
            if (r.Score is { } s)
            {
                var sp = path + ".score";
                if (s.Scaled is { } scaled && (scaled < -1m || scaled > 1m))
                {
                    Problem(sp + ".scaled", "must be between -1 and 1");
                }

                if (s.Raw is { } raw && s.Min is { } min && raw < min)
                {
                    Problem(sp + ".raw", "must not be less than min");
                }

                if (s.Raw is { } raw2 && s.Max is { } max && raw2 > max)
                {
                    Problem(sp + ".raw", "must not be more than max");
                }

                if (s.Min is { } min2 && s.Max is { } max2 && min2 > max2)
                {
                    Problem(sp + ".min", "must not be more than max");
                }

                Additional(s.AdditionalProperties, sp);
            }

            if (r.Duration is { } duration && duration.Text is null)
            {
                Problem(path + ".duration", "is an empty duration");
            }

            Extensions(r.Extensions, path + ".extensions");
            Additional(r.AdditionalProperties, path);
        }

        private void Context(Context c, string path, bool objectIsActivity)
        {
            if (c.Registration is { } registration)
            {
                Uuid(registration, path + ".registration");
            }

            if (c.Instructor is { } instructor)
            {
                Actor(instructor, path + ".instructor");
            }

            if (c.Team is { } team)
            {
                Actor(team, path + ".team");
            }

            if (c.ContextActivities is { } ca)
            {
                var cap = path + ".contextActivities";
                Activities(ca.Parent, cap + ".parent");
                Activities(ca.Grouping, cap + ".grouping");
                Activities(ca.Category, cap + ".category");
                Activities(ca.Other, cap + ".other");
                if (ca.SingleObjectLists is { Count: > 0 } single)
                {
                    foreach (var name in single)
                    {
                        Problem(cap + "." + name, "must be an array of activities");
                    }
                }

                Additional(ca.AdditionalProperties, cap);
            }

            if (!objectIsActivity)
            {
                if (c.Revision is not null)
                {
                    Problem(path + ".revision", "is only allowed when the object is an Activity");
                }

                if (c.Platform is not null)
                {
                    Problem(path + ".platform", "is only allowed when the object is an Activity");
                }
            }

            if (c.Language is { } language && !XapiSyntax.IsLanguageTag(language))
            {
                Problem(path + ".language", $"'{language}' is not an RFC 5646 language tag");
            }

            if (c.Statement is { } statementRef)
            {
                Uuid(statementRef.Id, path + ".statement.id");
                Additional(statementRef.AdditionalProperties, path + ".statement");
            }

            Extensions(c.Extensions, path + ".extensions");
            if (c.ContextAgents is { } agents)
            {
                if (version == XapiVersion.V103)
                {
                    Problem(path + ".contextAgents", "is an xAPI 2.0 property, not defined in 1.0.3");
                }

                for (var i = 0; i < agents.Count; i++)
                {
                    var ap = $"{path}.contextAgents[{i}]";
                    Actor(agents[i].Agent, ap + ".agent");
                    RelevantTypes(agents[i].RelevantTypes, ap + ".relevantTypes");
                    Additional(agents[i].AdditionalProperties, ap);
                }
            }

            if (c.ContextGroups is { } groups)
            {
                if (version == XapiVersion.V103)
                {
                    Problem(path + ".contextGroups", "is an xAPI 2.0 property, not defined in 1.0.3");
                }

                for (var i = 0; i < groups.Count; i++)
                {
                    var gp = $"{path}.contextGroups[{i}]";
                    Actor(groups[i].Group, gp + ".group");
                    RelevantTypes(groups[i].RelevantTypes, gp + ".relevantTypes");
                    Additional(groups[i].AdditionalProperties, gp);
                }
            }

            Additional(c.AdditionalProperties, path);
        }

        private void RelevantTypes(IReadOnlyList<string>? types, string path)
        {
            if (types is null)
            {
                return;
            }

            if (types.Count == 0)
            {
                Problem(path, "must not be empty when given");
            }

            for (var i = 0; i < types.Count; i++)
            {
                if (!XapiSyntax.IsIri(types[i]))
                {
                    Problem($"{path}[{i}]", $"'{types[i]}' is not an IRI");
                }
            }
        }

        private void Activities(IReadOnlyList<Activity>? activities, string path)
        {
            if (activities is null)
            {
                return;
            }

            for (var i = 0; i < activities.Count; i++)
            {
                Activity(activities[i], $"{path}[{i}]");
            }
        }

        private void Attachment(Attachment a, string path)
        {
            if (!XapiSyntax.IsIri(a.UsageType))
            {
                Problem(path + ".usageType", $"'{a.UsageType}' is not an IRI");
            }

            if (a.Display is null)
            {
                Problem(path + ".display", "is required");
            }
            else
            {
                LanguageMap(a.Display, path + ".display");
            }

            LanguageMap(a.Description, path + ".description");
            if (!XapiSyntax.IsMediaType(a.ContentType))
            {
                Problem(path + ".contentType", $"'{a.ContentType}' is not an Internet media type");
            }
            else if (a.UsageType == Xapi.Attachment.SignatureUsageType && a.ContentType != "application/octet-stream")
            {
                Problem(path + ".contentType", "a signature attachment must have the content type application/octet-stream");
            }

            if (a.Length < 0)
            {
                Problem(path + ".length", "must not be negative");
            }

            if (a.Sha2 is null)
            {
                Problem(path + ".sha2", "is required");
            }

            if (a.FileUrl is { } fileUrl && !XapiSyntax.IsIri(fileUrl))
            {
                Problem(path + ".fileUrl", $"'{fileUrl}' is not an IRL");
            }

            Additional(a.AdditionalProperties, path);
        }

        private void Timestamp(XapiTimestamp t, string path)
        {
            if (t.Text is null)
            {
                Problem(path, "is an empty timestamp");
            }
            else if (t.HasNegativeZeroOffset)
            {
                Problem(path, "the offset -00:00 is not allowed (use Z or +00:00)");
            }
        }

        private void Uuid(Guid id, string path)
        {
            if (!XapiSyntax.IsRfc4122(id))
            {
                Problem(path, $"'{id:D}' is not an RFC 4122 UUID (variant bits 10)");
            }
        }

        private void LanguageMap(IReadOnlyDictionary<string, string>? map, string path)
        {
            if (map is null)
            {
                return;
            }

            foreach (var (tag, text) in map)
            {
                if (!XapiSyntax.IsLanguageTag(tag))
                {
                    Problem($"{path}['{tag}']", $"'{tag}' is not an RFC 5646 language tag");
                }
                else if (text is null)
                {
                    Problem($"{path}['{tag}']", "must be a string");
                }
            }
        }

        private void Extensions(IReadOnlyDictionary<string, JToken>? extensions, string path)
        {
            if (extensions is null)
            {
                return;
            }

            foreach (var key in extensions.Keys)
            {
                if (!XapiSyntax.IsIri(key))
                {
                    Problem($"{path}['{key}']", $"extension key '{key}' is not an IRI");
                }
            }
        }

        private void Additional(IReadOnlyDictionary<string, JToken>? properties, string path)
        {
            if (properties is null)
            {
                return;
            }

            foreach (var name in properties.Keys)
            {
                Problem($"{path}.{name}", "is not a property defined by xAPI");
            }
        }
    }
}
