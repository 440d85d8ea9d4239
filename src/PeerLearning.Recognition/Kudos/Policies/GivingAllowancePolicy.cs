namespace PeerLearning.Recognition;

/// <summary>A kudos may not cost more than the giver has left of their giving allowance this period.</summary>
public sealed class GivingAllowancePolicy : IKudosPolicy
{
    /// <summary>The answer when the allowance is exceeded: <see cref="KudosVerdict.Block"/> (default) or <see cref="KudosVerdict.AllowWithoutPoints"/>.</summary>
    public KudosVerdict WhenExceeded { get; init; } = KudosVerdict.Block;

    /// <inheritdoc />
    public string Name => "giving-allowance";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cost = context.TotalPoints;
        return cost > context.AllowanceRemaining
            ? new(WhenExceeded, Name, $"costs {cost} points but only {context.AllowanceRemaining} are left to give in {context.Period.Key}")
            : KudosPolicyDecision.Allowed(Name);
    }
}
