namespace PeerLearning.Recognition;

/// <summary>Caps what one giver gives one receiver per allowance period, by count of kudos and by points.</summary>
public sealed class PairCapPolicy : IKudosPolicy
{
    /// <summary>The most kudos from one giver to one receiver per period; null for no cap.</summary>
    public int? MaxKudosPerPeriod { get; init; }

    /// <summary>The most points from one giver to one receiver per period; null for no cap.</summary>
    public long? MaxPointsPerPeriod { get; init; }

    /// <summary>The answer when a cap is exceeded. Default <see cref="KudosVerdict.Block"/>.</summary>
    public KudosVerdict WhenExceeded { get; init; } = KudosVerdict.Block;

    /// <inheritdoc />
    public string Name => "pair-cap";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var receiver in context.Request.ReceiverIds)
        {
            var (count, points) = context.GivenInPeriodTo(receiver);
            if (MaxKudosPerPeriod is { } maxCount && count + 1 > maxCount)
            {
                return new(WhenExceeded, Name, $"{context.Request.GiverId} already gave {receiver} {count} kudos in {context.Period.Key}; the cap is {maxCount}");
            }

            if (MaxPointsPerPeriod is { } maxPoints && points + context.Request.Points > maxPoints)
            {
                return new(WhenExceeded, Name, $"{context.Request.GiverId} already gave {receiver} {points} points in {context.Period.Key}; {context.Request.Points} more exceeds the cap of {maxPoints}");
            }
        }

        return KudosPolicyDecision.Allowed(Name);
    }
}
