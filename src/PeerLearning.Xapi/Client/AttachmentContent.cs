using System.Security.Cryptography;

namespace PeerLearning.Xapi;

/// <summary>The raw content of an attachment, identified by the lower-case hex SHA-256 that its metadata carries in <c>sha2</c>.</summary>
public sealed record AttachmentContent
{
    /// <summary>Creates the content and computes its SHA-256.</summary>
    public AttachmentContent(ReadOnlyMemory<byte> content, string contentType)
    {
        Content = content;
        ContentType = contentType;
        Sha2 = Convert.ToHexString(SHA256.HashData(content.Span)).ToLowerInvariant();
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The media type.</summary>
    public string ContentType { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha2 { get; }

    /// <summary>Statement metadata describing this content.</summary>
    public Attachment ToAttachment(string usageType, IReadOnlyDictionary<string, string> display) => new()
    {
        UsageType = usageType,
        Display = display,
        ContentType = ContentType,
        Length = Content.Length,
        Sha2 = Sha2,
    };
}
