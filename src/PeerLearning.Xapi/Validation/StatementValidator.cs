using System.Globalization;
using System.Text;
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
                run.Problem(".id", "is used by another statement of the same batch");
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

    private readonly struct Scope(StringBuilder path, int length) : IDisposable
    {
        public void Dispose() => path.Length = length;
    }

    private sealed class Run(XapiVersion version, string itemId, int? index)
    {
        public List<ValidationProblem>? Problems { get; private set; }

        private readonly StringBuilder _path = new("$", 96);

        public void Problem(string relativePath, string message) =>
            (Problems ??= []).Add(new ValidationProblem(itemId, _path + relativePath, message) { ItemIndex = index });

        private Scope Enter(string segment, string? name = null, int? arrayIndex = null)
        {
            var scope = new Scope(_path, _path.Length);
            _path.Append(segment);
            if (name is not null)
            {
                _path.Append(name);
            }

            if (arrayIndex is { } i)
            {
                _path.Append('[').Append(i).Append(']');
            }

            return scope;
        }

        public void Statement(Statement s)
        {
            if (s.Id is { } id)
            {
                using (Enter(".id"))
                {
                    Uuid(id);
                }
            }

            Body(s.Actor, s.Verb, s.Object, s.Result, s.Context, s.Timestamp, s.Attachments);
            if (s.Stored is { } stored)
            {
                using (Enter(".stored"))
                {
                    Timestamp(stored);
                }
            }

            if (s.Authority is { } authority)
            {
                using (Enter(".authority"))
                {
                    Authority(authority);
                }
            }

            if (s.Version is { } v && !IsVersion(v))
            {
                Problem(".version", $"'{v}' is not an xAPI {(version == XapiVersion.V103 ? "1.0.x" : "1.0.x or 2.0.x")} version");
            }

            Additional(s.AdditionalProperties);
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

        private void Body(Actor? actor, Verb? verb, StatementObject? obj, Result? result, Context? context, XapiTimestamp? timestamp, IReadOnlyList<Attachment>? attachments)
        {
            if (actor is null)
            {
                Problem(".actor", "is required");
            }
            else
            {
                using (Enter(".actor"))
                {
                    Actor(actor);
                }
            }

            if (verb is null)
            {
                Problem(".verb", "is required");
            }
            else
            {
                using (Enter(".verb"))
                {
                    Verb(verb);
                }
            }

            if (obj is null)
            {
                Problem(".object", "is required");
            }
            else
            {
                var topLevel = _path.Length == 1;
                using (Enter(".object"))
                {
                    Object(obj, topLevel);
                }
            }

            if (verb?.Id == Xapi.Verb.VoidedId && obj is not StatementRef)
            {
                Problem(".object", "a statement with the verb 'voided' must have a StatementRef object");
            }

            if (result is not null)
            {
                using (Enter(".result"))
                {
                    Result(result);
                }
            }

            if (context is not null)
            {
                using (Enter(".context"))
                {
                    Context(context, obj is Xapi.Activity or null);
                }
            }

            if (timestamp is { } t)
            {
                using (Enter(".timestamp"))
                {
                    Timestamp(t);
                }
            }

            if (attachments is not null)
            {
                for (var i = 0; i < attachments.Count; i++)
                {
                    using (Enter(".attachments", null, i))
                    {
                        Attachment(attachments[i]);
                    }
                }
            }
        }

        private void Object(StatementObject o, bool topLevel)
        {
            switch (o)
            {
                case Activity a:
                    Activity(a);
                    break;
                case Actor actor:
                    Actor(actor);
                    break;
                case StatementRef r:
                    using (Enter(".id"))
                    {
                        Uuid(r.Id);
                    }

                    Additional(r.AdditionalProperties);
                    break;
                case SubStatement sub:
                    if (!topLevel)
                    {
                        Problem(".objectType", "a SubStatement cannot contain another SubStatement");
                        break;
                    }

                    Body(sub.Actor, sub.Verb, sub.Object, sub.Result, sub.Context, sub.Timestamp, sub.Attachments);
                    Additional(sub.AdditionalProperties);
                    break;
            }
        }

        private void Actor(Actor a)
        {
            var ifis = a.IdentifierCount;
            if (a is Group g)
            {
                if (ifis > 1)
                {
                    Problem(string.Empty, "a group must have at most one inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
                }
                else if (ifis == 0 && (g.Members is null || g.Members.Count == 0))
                {
                    Problem(".member", "an anonymous group (no identifier) must list its members");
                }

                if (g.Members is { } members)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        using (Enter(".member", null, i))
                        {
                            Actor(members[i]);
                        }
                    }
                }
            }
            else if (ifis != 1)
            {
                Problem(string.Empty, ifis == 0
                    ? "an agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has none"
                    : "an agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account); it has " + ifis.ToString(CultureInfo.InvariantCulture));
            }

            if (a.Mbox is { } mbox && !XapiSyntax.IsMailto(mbox))
            {
                Problem(".mbox", $"'{mbox}' is not a mailto: IRI (mailto:name@example.org)");
            }

            if (a.MboxSha1Sum is { } sha1 && !XapiSyntax.IsSha1Hex(sha1))
            {
                Problem(".mbox_sha1sum", "must be the 40 hex digits of a SHA-1 hash");
            }

            if (a.OpenId is { } openId && !XapiSyntax.IsIri(openId))
            {
                Problem(".openid", $"'{openId}' is not an IRI");
            }

            if (a.Account is { } account)
            {
                if (!XapiSyntax.IsIri(account.HomePage))
                {
                    Problem(".account.homePage", $"'{account.HomePage}' is not an IRL");
                }

                if (account.Name is null)
                {
                    Problem(".account.name", "is required");
                }

                using (Enter(".account"))

                {

                    Additional(account.AdditionalProperties);

                }
            }

            Additional(a.AdditionalProperties);
        }

        private void Authority(Actor a)
        {
            if (a is Group g)
            {
                if (g.Members is not { Count: 2 })
                {
                    Problem(".member", "a group authority (OAuth consumer and user) must have exactly two agent members");
                }

                if (g.IdentifierCount > 0 || g.Name is not null)
                {
                    Problem(string.Empty, "a group authority is anonymous: it has only objectType and member");
                }

                if (g.Members is { } members)
                {
                    for (var i = 0; i < members.Count; i++)
                    {
                        using (Enter(".member", null, i))
                        {
                            Actor(members[i]);
                        }
                    }
                }

                Additional(g.AdditionalProperties);
                return;
            }

            Actor(a);
        }

        private void Verb(Verb v)
        {
            if (!XapiSyntax.IsIri(v.Id))
            {
                Problem(".id", $"'{v.Id}' is not an IRI");
            }

            using (Enter(".display"))

            {

                LanguageMap(v.Display);

            }

            Additional(v.AdditionalProperties);
        }

        private void Activity(Activity a)
        {
            if (!XapiSyntax.IsIri(a.Id))
            {
                Problem(".id", $"'{a.Id}' is not an IRI");
            }

            if (a.Definition is { } d)
            {
                using var dpScope = Enter(".definition");
                using (Enter(".name"))
                {
                    LanguageMap(d.Name);
                }

                using (Enter(".description"))
                {
                    LanguageMap(d.Description);
                }

                if (d.Type is { } type && !XapiSyntax.IsIri(type))
                {
                    Problem(".type", $"'{type}' is not an IRI");
                }

                if (d.MoreInfo is { } moreInfo && !XapiSyntax.IsIri(moreInfo))
                {
                    Problem(".moreInfo", $"'{moreInfo}' is not an IRL");
                }

                if (d.InteractionType is { } interactionType && !InteractionTypes.All.Contains(interactionType))
                {
                    Problem(".interactionType", $"'{interactionType}' is not an interaction type ({string.Join(", ", InteractionTypes.All)})");
                }

                if (d.CorrectResponsesPattern is not null && d.InteractionType is null)
                {
                    Problem(".interactionType", "is required when correctResponsesPattern is given");
                }

                var allowed = InteractionTypes.ComponentsOf(d.InteractionType);
                Components(d.Choices, "choices", allowed);
                Components(d.Scale, "scale", allowed);
                Components(d.Source, "source", allowed);
                Components(d.Target, "target", allowed);
                Components(d.Steps, "steps", allowed);
                using (Enter(".extensions"))
                {
                    Extensions(d.Extensions);
                }

                Additional(d.AdditionalProperties);
            }

            Additional(a.AdditionalProperties);
        }

        private void Components(IReadOnlyList<InteractionComponent>? components, string name, IReadOnlyList<string> allowed)
        {
            if (components is null)
            {
                return;
            }

            if (!allowed.Contains(name))
            {
                Problem("." + name, "is not a component of this interaction type");
            }

            for (var i = 0; i < components.Count; i++)
            {
                var c = components[i];
                using var cpScope = Enter(".", name, i);
                if (c.Id is null)
                {
                    Problem(".id", "is required");
                }

                using (Enter(".description"))

                {

                    LanguageMap(c.Description);

                }

                Additional(c.AdditionalProperties);
            }
        }

        private void Result(Result r)
        {
            if (r.Score is { } s)
            {
                using var spScope = Enter(".score");
                if (s.Scaled is { } scaled && (scaled < -1m || scaled > 1m))
                {
                    Problem(".scaled", "must be between -1 and 1");
                }

                if (s.Raw is { } raw && s.Min is { } min && raw < min)
                {
                    Problem(".raw", "must not be less than min");
                }

                if (s.Raw is { } raw2 && s.Max is { } max && raw2 > max)
                {
                    Problem(".raw", "must not be more than max");
                }

                if (s.Min is { } min2 && s.Max is { } max2 && min2 > max2)
                {
                    Problem(".min", "must not be more than max");
                }

                Additional(s.AdditionalProperties);
            }

            if (r.Duration is { } duration && duration.Text is null)
            {
                Problem(".duration", "is an empty duration");
            }

            using (Enter(".extensions"))

            {

                Extensions(r.Extensions);

            }

            Additional(r.AdditionalProperties);
        }

        private void Context(Context c, bool objectIsActivity)
        {
            if (c.Registration is { } registration)
            {
                using (Enter(".registration"))
                {
                    Uuid(registration);
                }
            }

            if (c.Instructor is { } instructor)
            {
                using (Enter(".instructor"))
                {
                    Actor(instructor);
                }
            }

            if (c.Team is { } team)
            {
                using (Enter(".team"))
                {
                    Actor(team);
                }
            }

            if (c.ContextActivities is { } ca)
            {
                using var capScope = Enter(".contextActivities");
                using (Enter(".parent"))
                {
                    Activities(ca.Parent);
                }

                using (Enter(".grouping"))
                {
                    Activities(ca.Grouping);
                }

                using (Enter(".category"))
                {
                    Activities(ca.Category);
                }

                using (Enter(".other"))
                {
                    Activities(ca.Other);
                }

                if (ca.SingleObjectLists is { Count: > 0 } single)
                {
                    foreach (var name in single)
                    {
                        Problem("." + name, "must be an array of activities");
                    }
                }

                Additional(ca.AdditionalProperties);
            }

            if (!objectIsActivity)
            {
                if (c.Revision is not null)
                {
                    Problem(".revision", "is only allowed when the object is an Activity");
                }

                if (c.Platform is not null)
                {
                    Problem(".platform", "is only allowed when the object is an Activity");
                }
            }

            if (c.Language is { } language && !XapiSyntax.IsLanguageTag(language))
            {
                Problem(".language", $"'{language}' is not an RFC 5646 language tag");
            }

            if (c.Statement is { } statementRef)
            {
                using (Enter(".statement.id"))
                {
                    Uuid(statementRef.Id);
                }

                using (Enter(".statement"))
                {
                    Additional(statementRef.AdditionalProperties);
                }
            }

            using (Enter(".extensions"))

            {

                Extensions(c.Extensions);

            }

            if (c.ContextAgents is { } agents)
            {
                ContextActors(".contextAgents", ".agent", agents.Select(a => ((Actor)a.Agent, a.RelevantTypes, a.AdditionalProperties)).ToList());
            }

            if (c.ContextGroups is { } groups)
            {
                ContextActors(".contextGroups", ".group", groups.Select(g => ((Actor)g.Group, g.RelevantTypes, g.AdditionalProperties)).ToList());
            }

            Additional(c.AdditionalProperties);
        }

        // contextAgents and contextGroups (xAPI 2.0) share one shape: an actor, its relevant types, extra properties.
        private void ContextActors(string property, string actorProperty, List<(Actor Actor, IReadOnlyList<string>? RelevantTypes, IReadOnlyDictionary<string, JToken>? Additional)> entries)
        {
            if (version == XapiVersion.V103)
            {
                Problem(property, "is an xAPI 2.0 property, not defined in 1.0.3");
            }

            for (var i = 0; i < entries.Count; i++)
            {
                using var entryScope = Enter(property, null, i);
                using (Enter(actorProperty))
                {
                    Actor(entries[i].Actor);
                }

                using (Enter(".relevantTypes"))
                {
                    RelevantTypes(entries[i].RelevantTypes);
                }

                Additional(entries[i].Additional);
            }
        }

        private void RelevantTypes(IReadOnlyList<string>? types)
        {
            if (types is null)
            {
                return;
            }

            if (types.Count == 0)
            {
                Problem(string.Empty, "must not be empty when given");
            }

            for (var i = 0; i < types.Count; i++)
            {
                if (!XapiSyntax.IsIri(types[i]))
                {
                    Problem($"[{i}]", $"'{types[i]}' is not an IRI");
                }
            }
        }

        private void Activities(IReadOnlyList<Activity>? activities)
        {
            if (activities is null)
            {
                return;
            }

            for (var i = 0; i < activities.Count; i++)
            {
                using (Enter(string.Empty, null, i))
                {
                    Activity(activities[i]);
                }
            }
        }

        private void Attachment(Attachment a)
        {
            if (!XapiSyntax.IsIri(a.UsageType))
            {
                Problem(".usageType", $"'{a.UsageType}' is not an IRI");
            }

            if (a.Display is null)
            {
                Problem(".display", "is required");
            }
            else
            {
                using (Enter(".display"))
                {
                    LanguageMap(a.Display);
                }
            }

            using (Enter(".description"))

            {

                LanguageMap(a.Description);

            }

            if (!XapiSyntax.IsMediaType(a.ContentType))
            {
                Problem(".contentType", $"'{a.ContentType}' is not an Internet media type");
            }
            else if (a.UsageType == Xapi.Attachment.SignatureUsageType && a.ContentType != "application/octet-stream")
            {
                Problem(".contentType", "a signature attachment must have the content type application/octet-stream");
            }

            if (a.Length < 0)
            {
                Problem(".length", "must not be negative");
            }

            if (a.Sha2 is null)
            {
                Problem(".sha2", "is required");
            }

            if (a.FileUrl is { } fileUrl && !XapiSyntax.IsIri(fileUrl))
            {
                Problem(".fileUrl", $"'{fileUrl}' is not an IRL");
            }

            Additional(a.AdditionalProperties);
        }

        private void Timestamp(XapiTimestamp t)
        {
            if (t.Text is null)
            {
                Problem(string.Empty, "is an empty timestamp");
            }
            else if (t.HasNegativeZeroOffset)
            {
                Problem(string.Empty, "the offset -00:00 is not allowed (use Z or +00:00)");
            }
        }

        private void Uuid(Guid id)
        {
            if (!XapiSyntax.IsRfc4122(id))
            {
                Problem(string.Empty, $"'{id:D}' is not an RFC 4122 UUID (variant bits 10)");
            }
        }

        private void LanguageMap(IReadOnlyDictionary<string, string>? map)
        {
            if (map is null)
            {
                return;
            }

            foreach (var (tag, text) in map)
            {
                if (!XapiSyntax.IsLanguageTag(tag))
                {
                    Problem($"['{tag}']", $"'{tag}' is not an RFC 5646 language tag");
                }
                else if (text is null)
                {
                    Problem($"['{tag}']", "must be a string");
                }
            }
        }

        private void Extensions(IReadOnlyDictionary<string, JToken>? extensions)
        {
            if (extensions is null)
            {
                return;
            }

            foreach (var key in extensions.Keys)
            {
                if (!XapiSyntax.IsIri(key))
                {
                    Problem($"['{key}']", $"extension key '{key}' is not an IRI");
                }
            }
        }

        private void Additional(IReadOnlyDictionary<string, JToken>? properties)
        {
            if (properties is null)
            {
                return;
            }

            foreach (var name in properties.Keys)
            {
                Problem($".{name}", "is not a property defined by xAPI");
            }
        }
    }
}
