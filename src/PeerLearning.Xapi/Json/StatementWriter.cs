using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>Writes the statement model as xAPI JSON, in specification order, unknown properties last.</summary>
internal static class StatementWriter
{
    public static void WriteStatement(JsonWriter w, Statement s)
    {
        w.WriteStartObject();
        if (s.Id is { } id)
        {
            w.WritePropertyName("id");
            w.WriteValue(id.ToString("D"));
        }

        w.WritePropertyName("actor");
        WriteActor(w, s.Actor);
        w.WritePropertyName("verb");
        WriteVerb(w, s.Verb);
        w.WritePropertyName("object");
        WriteObject(w, s.Object);
        WriteCommon(w, s.Result, s.Context, s.Timestamp);
        if (s.Stored is { } stored)
        {
            w.WritePropertyName("stored");
            w.WriteValue(stored.Text);
        }

        if (s.Authority is not null)
        {
            w.WritePropertyName("authority");
            WriteActor(w, s.Authority);
        }

        String(w, "version", s.Version);
        WriteAttachments(w, s.Attachments);
        WriteAdditional(w, s.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void WriteCommon(JsonWriter w, Result? result, Context? context, XapiTimestamp? timestamp)
    {
        if (result is not null)
        {
            w.WritePropertyName("result");
            WriteResult(w, result);
        }

        if (context is not null)
        {
            w.WritePropertyName("context");
            WriteContext(w, context);
        }

        if (timestamp is { } t)
        {
            w.WritePropertyName("timestamp");
            w.WriteValue(t.Text);
        }
    }

    public static void WriteObject(JsonWriter w, StatementObject o)
    {
        switch (o)
        {
            case Activity a:
                WriteActivity(w, a);
                break;
            case Actor actor:
                WriteActor(w, actor);
                break;
            case StatementRef r:
                WriteStatementRef(w, r);
                break;
            case SubStatement sub:
                w.WriteStartObject();
                w.WritePropertyName("objectType");
                w.WriteValue("SubStatement");
                w.WritePropertyName("actor");
                WriteActor(w, sub.Actor);
                w.WritePropertyName("verb");
                WriteVerb(w, sub.Verb);
                w.WritePropertyName("object");
                WriteObject(w, sub.Object);
                WriteCommon(w, sub.Result, sub.Context, sub.Timestamp);
                WriteAttachments(w, sub.Attachments);
                WriteAdditional(w, sub.AdditionalProperties);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Unknown statement object type {o.GetType().Name}.", nameof(o));
        }
    }

    private static void WriteStatementRef(JsonWriter w, StatementRef r)
    {
        w.WriteStartObject();
        if (r.ObjectTypeWritten)
        {
            w.WritePropertyName("objectType");
            w.WriteValue("StatementRef");
        }

        w.WritePropertyName("id");
        w.WriteValue(r.Id.ToString("D"));
        WriteAdditional(w, r.AdditionalProperties);
        w.WriteEndObject();
    }

    public static void WriteActor(JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        if (a.ObjectTypeWritten)
        {
            w.WritePropertyName("objectType");
            w.WriteValue(a.ObjectType);
        }

        String(w, "name", a.Name);
        String(w, "mbox", a.Mbox);
        String(w, "mbox_sha1sum", a.MboxSha1Sum);
        String(w, "openid", a.OpenId);
        if (a.Account is { } account)
        {
            w.WritePropertyName("account");
            w.WriteStartObject();
            String(w, "homePage", account.HomePage);
            String(w, "name", account.Name);
            WriteAdditional(w, account.AdditionalProperties);
            w.WriteEndObject();
        }

        if (a is Group group)
        {
            List(w, "member", group.Members, WriteActor);
        }

        WriteAdditional(w, a.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void WriteVerb(JsonWriter w, Verb v)
    {
        w.WriteStartObject();
        String(w, "id", v.Id);
        LanguageMap(w, "display", v.Display);
        WriteAdditional(w, v.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void WriteActivity(JsonWriter w, Activity a)
    {
        w.WriteStartObject();
        if (a.ObjectTypeWritten)
        {
            w.WritePropertyName("objectType");
            w.WriteValue("Activity");
        }

        String(w, "id", a.Id);
        if (a.Definition is { } d)
        {
            w.WritePropertyName("definition");
            w.WriteStartObject();
            LanguageMap(w, "name", d.Name);
            LanguageMap(w, "description", d.Description);
            String(w, "type", d.Type);
            String(w, "moreInfo", d.MoreInfo);
            String(w, "interactionType", d.InteractionType);
            Strings(w, "correctResponsesPattern", d.CorrectResponsesPattern);

            Components(w, "choices", d.Choices);
            Components(w, "scale", d.Scale);
            Components(w, "source", d.Source);
            Components(w, "target", d.Target);
            Components(w, "steps", d.Steps);
            Extensions(w, d.Extensions);
            WriteAdditional(w, d.AdditionalProperties);
            w.WriteEndObject();
        }

        WriteAdditional(w, a.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void Components(JsonWriter w, string name, IReadOnlyList<InteractionComponent>? components) =>
        List(w, name, components, static (w, c) =>
        {
            w.WriteStartObject();
            String(w, "id", c.Id);
            LanguageMap(w, "description", c.Description);
            WriteAdditional(w, c.AdditionalProperties);
            w.WriteEndObject();
        });

    private static void WriteResult(JsonWriter w, Result r)
    {
        w.WriteStartObject();
        if (r.Score is { } s)
        {
            w.WritePropertyName("score");
            w.WriteStartObject();
            Number(w, "scaled", s.Scaled);
            Number(w, "raw", s.Raw);
            Number(w, "min", s.Min);
            Number(w, "max", s.Max);
            WriteAdditional(w, s.AdditionalProperties);
            w.WriteEndObject();
        }

        Bool(w, "success", r.Success);
        Bool(w, "completion", r.Completion);
        String(w, "response", r.Response);
        if (r.Duration is { } duration)
        {
            w.WritePropertyName("duration");
            w.WriteValue(duration.Text);
        }

        Extensions(w, r.Extensions);
        WriteAdditional(w, r.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void WriteContext(JsonWriter w, Context c)
    {
        w.WriteStartObject();
        if (c.Registration is { } registration)
        {
            w.WritePropertyName("registration");
            w.WriteValue(registration.ToString("D"));
        }

        if (c.Instructor is not null)
        {
            w.WritePropertyName("instructor");
            WriteActor(w, c.Instructor);
        }

        if (c.Team is not null)
        {
            w.WritePropertyName("team");
            WriteActor(w, c.Team);
        }

        if (c.ContextActivities is { } ca)
        {
            w.WritePropertyName("contextActivities");
            w.WriteStartObject();
            Activities(w, "parent", ca.Parent, ca);
            Activities(w, "grouping", ca.Grouping, ca);
            Activities(w, "category", ca.Category, ca);
            Activities(w, "other", ca.Other, ca);
            WriteAdditional(w, ca.AdditionalProperties);
            w.WriteEndObject();
        }

        String(w, "revision", c.Revision);
        String(w, "platform", c.Platform);
        String(w, "language", c.Language);
        if (c.Statement is not null)
        {
            w.WritePropertyName("statement");
            WriteStatementRef(w, c.Statement);
        }

        Extensions(w, c.Extensions);
        List(w, "contextAgents", c.ContextAgents, static (w, a) => WriteContextActor(w, "contextAgent", "agent", a.Agent, a.RelevantTypes, a.AdditionalProperties));
        List(w, "contextGroups", c.ContextGroups, static (w, g) => WriteContextActor(w, "contextGroup", "group", g.Group, g.RelevantTypes, g.AdditionalProperties));

        WriteAdditional(w, c.AdditionalProperties);
        w.WriteEndObject();
    }

    private static void Activities(JsonWriter w, string name, IReadOnlyList<Activity>? list, ContextActivities owner)
    {
        if (list is null)
        {
            return;
        }

        w.WritePropertyName(name);
        if (list.Count == 1 && owner.SingleObjectLists is { } single && single.Contains(name))
        {
            WriteActivity(w, list[0]);
            return;
        }

        w.WriteStartArray();
        foreach (var a in list)
        {
            WriteActivity(w, a);
        }

        w.WriteEndArray();
    }

    /// <summary>An xAPI 2.0 context agent or context group: its objectType, the actor and its relevant types.</summary>
    private static void WriteContextActor(JsonWriter w, string objectType, string actorProperty, Actor actor, IReadOnlyList<string>? relevantTypes, IReadOnlyDictionary<string, JToken>? additional)
    {
        w.WriteStartObject();
        w.WritePropertyName("objectType");
        w.WriteValue(objectType);
        w.WritePropertyName(actorProperty);
        WriteActor(w, actor);
        Strings(w, "relevantTypes", relevantTypes);
        WriteAdditional(w, additional);
        w.WriteEndObject();
    }

    private static void WriteAttachments(JsonWriter w, IReadOnlyList<Attachment>? attachments) =>
        List(w, "attachments", attachments, static (w, a) =>
        {
            w.WriteStartObject();
            String(w, "usageType", a.UsageType);
            LanguageMap(w, "display", a.Display);
            LanguageMap(w, "description", a.Description);
            String(w, "contentType", a.ContentType);
            w.WritePropertyName("length");
            w.WriteValue(a.Length);
            String(w, "sha2", a.Sha2);
            String(w, "fileUrl", a.FileUrl);
            WriteAdditional(w, a.AdditionalProperties);
            w.WriteEndObject();
        });

    private static void Strings(JsonWriter w, string name, IReadOnlyList<string>? values) =>
        List(w, name, values, static (w, v) => w.WriteValue(v));

    /// <summary>A named JSON array of <paramref name="items"/>, each written by <paramref name="write"/>; nothing when null.</summary>
    private static void List<T>(JsonWriter w, string name, IReadOnlyList<T>? items, Action<JsonWriter, T> write)
    {
        if (items is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void String(JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }

    private static void Bool(JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            w.WriteValue(v);
        }
    }

    private static void Number(JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void LanguageMap(JsonWriter w, string name, IReadOnlyDictionary<string, string>? map)
    {
        if (map is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        foreach (var (tag, text) in map)
        {
            w.WritePropertyName(tag);
            w.WriteValue(text);
        }

        w.WriteEndObject();
    }

    private static void Extensions(JsonWriter w, IReadOnlyDictionary<string, JToken>? extensions)
    {
        if (extensions is null)
        {
            return;
        }

        w.WritePropertyName("extensions");
        w.WriteStartObject();
        WriteAdditional(w, extensions);
        w.WriteEndObject();
    }

    private static void WriteAdditional(JsonWriter w, IReadOnlyDictionary<string, JToken>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            value.WriteTo(w);
        }
    }
}
