namespace PeerLearning.Events;

/// <summary>
/// Where engines send domain events. The xAPI package implements it (statements into a durable outbox);
/// a host can add its own (an audit log, analytics).
/// </summary>
public interface ILearningEventSink
{
    /// <summary>Accepts events. When the call returns, the sink has taken responsibility for them.</summary>
    /// <param name="events">The events, in the order they happened.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the events are accepted.</returns>
    ValueTask PublishAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default);
}
