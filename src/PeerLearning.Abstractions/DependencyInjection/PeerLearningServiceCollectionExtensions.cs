using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeerLearning.Events;

namespace PeerLearning;

/// <summary>Registers PeerLearning with a host's service collection.</summary>
public static class PeerLearningServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared services (a <see cref="TimeProvider"/>, a default event sink) and returns a builder
    /// each engine package extends. Safe to call more than once; a host's own registrations win.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns>The builder.</returns>
    public static IPeerLearningBuilder AddPeerLearning(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILearningEventSink>(NullLearningEventSink.Instance);
        return new PeerLearningBuilder(services);
    }

    /// <summary>Registers the shared services and lets <paramref name="configure"/> add engines.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Adds engines, for example <c>b =&gt; b.AddMatching().AddXapi(o =&gt; ...)</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddPeerLearning(this IServiceCollection services, Action<IPeerLearningBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddPeerLearning());
        return services;
    }
}
