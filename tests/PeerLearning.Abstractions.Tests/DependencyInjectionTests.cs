using Microsoft.Extensions.DependencyInjection;
using PeerLearning.Events;

namespace PeerLearning.Abstractions.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddPeerLearning_twice_registers_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(_ => { });
        var count = services.Count;
        services.AddPeerLearning(_ => { });
        Assert.Equal(count, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(ILearningEventSink));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void Host_registrations_win_over_the_defaults()
    {
        var sink = new InMemoryLearningEventSink();
        var services = new ServiceCollection();
        services.AddSingleton<ILearningEventSink>(sink);
        services.AddPeerLearning(_ => { });
        using var provider = services.BuildServiceProvider();
        Assert.Same(sink, provider.GetRequiredService<ILearningEventSink>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Builder_exposes_the_host_services()
    {
        var services = new ServiceCollection();
        IPeerLearningBuilder? seen = null;
        services.AddPeerLearning(b => seen = b);
        Assert.Same(services, seen!.Services);
    }
}
