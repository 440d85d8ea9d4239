namespace PeerLearning.Recognition;

/// <summary>Nobody thanks themselves: a kudos whose receivers include the giver is blocked.</summary>
public sealed class NoSelfKudosPolicy : IKudosPolicy
{
    /// <inheritdoc />
    public string Name => "no-self-kudos";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.ReceiverIds.Contains(context.Request.GiverId, StringComparer.Ordinal)
            ? new(KudosVerdict.Block, Name, $"{context.Request.GiverId} cannot give kudos to themselves")
            : KudosPolicyDecision.Allowed(Name);
    }
}
