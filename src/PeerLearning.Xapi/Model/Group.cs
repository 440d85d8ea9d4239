namespace PeerLearning.Xapi;

/// <summary>A group of agents: anonymous (no IFI, members required) or identified (exactly one IFI).</summary>
public sealed record Group : Actor
{
    /// <inheritdoc />
    public override string ObjectType => "Group";

    /// <summary>The members of the group (agents only).</summary>
    public IReadOnlyList<Agent>? Members { get; init; }
}
