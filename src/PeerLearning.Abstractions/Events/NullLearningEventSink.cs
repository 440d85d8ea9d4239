namespace PeerLearning.Events;

/// <summary>The default sink when the host wires none: it drops events. Register a real sink (for example xAPI) to keep them.</summary>
public sealed class NullLearningEventSink : ILearningEventSink
{
    /// <summary>The shared instance.</summary>
    public static NullLearningEventSink Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask PublishAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
