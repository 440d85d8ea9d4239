using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>Metadata of a statement attachment; the content is sent as a multipart/mixed part identified by <see cref="Sha2"/>.</summary>
public sealed record Attachment
{
    /// <summary>The usage type of a JWS signature attachment.</summary>
    public const string SignatureUsageType = "http://adlnet.gov/expapi/attachments/signature";

    /// <summary>IRI of the usage type.</summary>
    public required string UsageType { get; init; }

    /// <summary>Display name per language tag.</summary>
    public required IReadOnlyDictionary<string, string> Display { get; init; }

    /// <summary>Description per language tag.</summary>
    public IReadOnlyDictionary<string, string>? Description { get; init; }

    /// <summary>Internet media type of the content.</summary>
    public required string ContentType { get; init; }

    /// <summary>Length of the content in octets.</summary>
    public required long Length { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha2 { get; init; }

    /// <summary>IRL where the content can be fetched instead of sending it.</summary>
    public string? FileUrl { get; init; }

    /// <summary>Properties the specification does not define, kept for round trips.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }
}
