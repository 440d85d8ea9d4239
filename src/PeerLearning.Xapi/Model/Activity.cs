namespace PeerLearning.Xapi;

/// <summary>An activity, identified by an IRI.</summary>
/// <param name="Id">IRI of the activity.</param>
public sealed record Activity(string Id) : StatementObject
{
    /// <inheritdoc />
    public override string ObjectType => "Activity";

    /// <summary>Metadata about the activity.</summary>
    public ActivityDefinition? Definition { get; init; }
}
