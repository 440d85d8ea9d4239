using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>An xAPI statement: actor, verb, object and optional result, context, timestamps and attachments.</summary>
public sealed record Statement
{
    /// <summary>The statement id; set it before sending so that a retry is idempotent.</summary>
    public Guid? Id { get; init; }

    /// <summary>Who the statement is about.</summary>
    public required Actor Actor { get; init; }

    /// <summary>The action.</summary>
    public required Verb Verb { get; init; }

    /// <summary>What the actor acted on.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "xAPI names this property object.")]
    public required StatementObject Object { get; init; }

    /// <summary>The outcome.</summary>
    public Result? Result { get; init; }

    /// <summary>The context.</summary>
    public Context? Context { get; init; }

    /// <summary>When the experience occurred.</summary>
    public XapiTimestamp? Timestamp { get; init; }

    /// <summary>When the LRS stored the statement (set by the LRS).</summary>
    public XapiTimestamp? Stored { get; init; }

    /// <summary>Who asserts the statement is true (set by the LRS).</summary>
    public Actor? Authority { get; init; }

    /// <summary>The xAPI version of the statement (set by the LRS).</summary>
    public string? Version { get; init; }

    /// <summary>Attachment metadata; the content travels in a multipart/mixed request.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Properties the specification does not define, kept so that a statement read from an LRS is written back unchanged.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }

    /// <summary>A statement that voids the statement with <paramref name="targetId"/>.</summary>
    public static Statement Voiding(Guid targetId, Actor actor) =>
        new() { Actor = actor, Verb = Verb.Voided, Object = new StatementRef(targetId) };
}
