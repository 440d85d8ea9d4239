using PeerLearning.Events;

namespace PeerLearning.Xapi;

/// <summary>
/// An <see cref="ILearningEventSink"/> that maps events to statements and sends them straight to the LRS in one batch.
/// Statement ids derive from event ids, so publishing an event again does not duplicate it. This sink has no outbox:
/// when the LRS is down the publish fails after the client's retries.
/// </summary>
public sealed class LrsLearningEventSink : ILearningEventSink
{
    private readonly LrsClient _client;
    private readonly LearningEventStatementMapper _mapper;

    /// <summary>Creates the sink.</summary>
    public LrsLearningEventSink(LrsClient client, LearningEventStatementMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(mapper);
        _client = client;
        _mapper = mapper;
    }

    /// <inheritdoc />
    public async ValueTask PublishAsync(IReadOnlyList<LearningEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var statements = events.SelectMany(_mapper.Map).ToList();
        foreach (var batch in statements.Chunk(500))
        {
            await _client.SendStatementsAsync(batch, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
