using System.Text;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>A document fetched from the State, Activity Profile or Agent Profile resource, with the ETag the LRS gave it.</summary>
/// <param name="Content">The bytes of the document.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="ETag">The LRS's entity tag (quoted, as sent); use it for If-Match.</param>
public sealed record XapiDocument(ReadOnlyMemory<byte> Content, string ContentType, string? ETag)
{
    /// <summary>When the LRS last changed the document.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The content as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Content.Span);

    /// <summary>The content as JSON (throws when it is not JSON).</summary>
    public JToken ToJson() => StatementSerializer.ParseJson(Text);

    /// <summary>A JSON document.</summary>
    public static XapiDocument FromJson(JToken json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new XapiDocument(Encoding.UTF8.GetBytes(json.ToString(Newtonsoft.Json.Formatting.None)), "application/json", null);
    }
}
