namespace PeerLearning.Xapi.Tests.Node;

/// <summary>Starts the npm LRS services once for the integration collection, lazily (so skipped tests start nothing).</summary>
public sealed class NodeLrsFixture : IAsyncLifetime, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NodeLrsServer? _statements;
    private NodeLrsServer? _activities;

    internal async Task<(Uri Statements, Uri Activities)> StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _statements ??= await NodeLrsServer.StartAsync("statements");
            _activities ??= await NodeLrsServer.StartAsync("activities");
            return (_statements.Endpoint, _activities.Endpoint);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_statements is not null)
        {
            await _statements.DisposeAsync();
        }

        if (_activities is not null)
        {
            await _activities.DisposeAsync();
        }
    }

    public void Dispose() => _gate.Dispose();
}

[CollectionDefinition(Name)]
public sealed class NodeLrsGroup : ICollectionFixture<NodeLrsFixture>
{
    public const string Name = "npm LRS";
}
