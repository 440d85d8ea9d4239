namespace PeerLearning.Events;

/// <summary>Conveniences over <see cref="ILearningEventSink"/>.</summary>
public static class LearningEventSinkExtensions
{
    /// <summary>Publishes one event.</summary>
    /// <param name="sink">The sink.</param>
    /// <param name="learningEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the event is accepted.</returns>
    public static ValueTask PublishAsync(this ILearningEventSink sink, LearningEvent learningEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return sink.PublishAsync([learningEvent], cancellationToken);
    }
}
