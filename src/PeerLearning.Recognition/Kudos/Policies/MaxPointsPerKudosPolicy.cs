namespace PeerLearning.Recognition;

/// <summary>Limits the points one kudos gives each receiver.</summary>
/// <param name="maxPoints">The most points per receiver.</param>
public sealed class MaxPointsPerKudosPolicy(int maxPoints) : IKudosPolicy
{
    /// <summary>The most points per receiver.</summary>
    public int MaxPoints { get; } = maxPoints >= 0 ? maxPoints : throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "must not be negative");

    /// <summary>The answer when exceeded. Default <see cref="KudosVerdict.Block"/>.</summary>
    public KudosVerdict WhenExceeded { get; init; } = KudosVerdict.Block;

    /// <inheritdoc />
    public string Name => "max-points-per-kudos";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Points > MaxPoints
            ? new(WhenExceeded, Name, $"{context.Request.Points} points exceeds the maximum of {MaxPoints} per kudos")
            : KudosPolicyDecision.Allowed(Name);
    }
}
