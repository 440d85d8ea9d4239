namespace PeerLearning.Recognition;

/// <summary>A kudos must say why: its message, trimmed, needs at least a minimum number of characters.</summary>
/// <param name="minimumLength">The fewest characters.</param>
public sealed class MinimumMessageLengthPolicy(int minimumLength) : IKudosPolicy
{
    /// <summary>The fewest characters (after trimming white space).</summary>
    public int MinimumLength { get; } = minimumLength >= 0 ? minimumLength : throw new ArgumentOutOfRangeException(nameof(minimumLength), minimumLength, "must not be negative");

    /// <summary>The answer when the message is too short. Default <see cref="KudosVerdict.Block"/>.</summary>
    public KudosVerdict WhenTooShort { get; init; } = KudosVerdict.Block;

    /// <inheritdoc />
    public string Name => "minimum-message-length";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var length = (context.Request.Message ?? string.Empty).Trim().Length;
        return length < MinimumLength
            ? new(WhenTooShort, Name, $"the message has {length} characters; at least {MinimumLength} are needed")
            : KudosPolicyDecision.Allowed(Name);
    }
}
