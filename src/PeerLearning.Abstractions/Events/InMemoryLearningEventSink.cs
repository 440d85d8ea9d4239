namespace PeerLearning.Events;

/// <summary>A thread-safe sink that keeps every event in memory, in arrival order: for tests and demos.</summary>
public sealed class InMemoryLearningEventSink : ILearningEventSink
{
    private readonly List<LearningEvent> _events = [];
    private readonly object _gate = new();

    /// <summary>A snapshot of the events received so far.</summary>
    public IReadOnlyList<LearningEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _events.AddRange(events);
        }

        return ValueTask.CompletedTask;
    }
}
