using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>
/// Runs the anti-gaming detectors as a kudos policy: the candidate kudos is added to the recent history and any
/// finding that involves the giver answers <see cref="KudosVerdict.Flag"/> (or <see cref="KudosVerdict.Block"/> for
/// detectors opted into auto-block). The history comes from the host (for example the <see cref="KudosGiven"/>
/// events it keeps).
/// </summary>
/// <param name="analyzer">The detectors.</param>
/// <param name="recentKudos">Returns the kudos given in the analyzer's window before the instant passed.</param>
public sealed class AntiGamingKudosPolicy(AntiGamingAnalyzer analyzer, Func<DateTimeOffset, IReadOnlyList<KudosGiven>> recentKudos) : IKudosPolicy
{
    /// <inheritdoc />
    public string Name => "anti-gaming";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var candidate = new KudosGiven { EventId = "kudos:" + request.KudosId, OccurredAt = context.Now, KudosId = request.KudosId, GiverId = request.GiverId, ReceiverIds = request.ReceiverIds, Message = request.Message, Tags = request.Tags, Points = request.Points };
        var history = recentKudos(context.Now);
        var flags = analyzer.Analyze(history.Append(candidate), context.Now)
            .Where(f => f.ParticipantIds.Contains(request.GiverId, StringComparer.Ordinal))
            .ToList();
        if (flags.Count == 0)
        {
            return KudosPolicyDecision.Allowed(Name);
        }

        var verdict = flags.Any(f => f.Verdict == KudosVerdict.Block) ? KudosVerdict.Block : KudosVerdict.Flag;
        return new KudosPolicyDecision(verdict, Name, string.Join("; ", flags.Select(f => $"{f.Detector}: {f.Reason}")));
    }
}
