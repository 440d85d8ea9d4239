namespace PeerLearning.Xapi;

/// <summary>A reference to another statement by its id (the object of a voiding statement, or <c>context.statement</c>).</summary>
/// <param name="Id">Id of the referenced statement.</param>
public sealed record StatementRef(Guid Id) : StatementObject
{
    /// <inheritdoc />
    public override string ObjectType => "StatementRef";
}
