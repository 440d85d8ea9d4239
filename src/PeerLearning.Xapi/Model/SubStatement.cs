namespace PeerLearning.Xapi;

/// <summary>A statement used as the object of another statement; it has no id, stored, version or authority and cannot nest.</summary>
public sealed record SubStatement : StatementObject
{
    /// <inheritdoc />
    public override string ObjectType => "SubStatement";

    /// <summary>Who the sub-statement is about.</summary>
    public required Actor Actor { get; init; }

    /// <summary>The action.</summary>
    public required Verb Verb { get; init; }

    /// <summary>The object (any but another <see cref="SubStatement"/>).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "xAPI names this property object.")]
    public required StatementObject Object { get; init; }

    /// <summary>The outcome.</summary>
    public Result? Result { get; init; }

    /// <summary>The context.</summary>
    public Context? Context { get; init; }

    /// <summary>When the experience occurred.</summary>
    public XapiTimestamp? Timestamp { get; init; }

    /// <summary>Attachment metadata.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }
}
