namespace PeerLearning.Xapi;

/// <summary>The ETag precondition of a document write or delete; the client never computes ETags, it only echoes the LRS's.</summary>
public sealed record DocumentPrecondition
{
    private DocumentPrecondition(string? ifMatch, string? ifNoneMatch)
    {
        IfMatch = ifMatch;
        IfNoneMatch = ifNoneMatch;
    }

    /// <summary>The If-Match value (an ETag the LRS returned).</summary>
    public string? IfMatch { get; }

    /// <summary>The If-None-Match value (<c>*</c>).</summary>
    public string? IfNoneMatch { get; }

    /// <summary>No precondition (allowed for State; an Activity/Agent Profile LRS answers 409 when the document exists).</summary>
    public static DocumentPrecondition None { get; } = new(null, null);

    /// <summary>Only if the document does not exist yet (<c>If-None-Match: *</c>).</summary>
    public static DocumentPrecondition IfAbsent { get; } = new(null, "*");

    /// <summary>Only if the document still has <paramref name="etag"/> (<c>If-Match</c>).</summary>
    public static DocumentPrecondition IfMatches(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return new DocumentPrecondition(etag, null);
    }
}
