namespace PeerLearning.Xapi;

/// <summary>One page of a statement query: the statements, the <c>more</c> link (null at the end) and attachment contents when requested.</summary>
/// <param name="Statements">The statements of this page.</param>
/// <param name="More">The absolute URL of the next page, resolved against the endpoint's scheme and authority; null when <c>more</c> was empty.</param>
public sealed record StatementPage(IReadOnlyList<Statement> Statements, Uri? More)
{
    /// <summary>Attachment contents by SHA-256 (when <c>attachments=true</c>).</summary>
    public IReadOnlyDictionary<string, AttachmentContent>? Attachments { get; init; }
}
