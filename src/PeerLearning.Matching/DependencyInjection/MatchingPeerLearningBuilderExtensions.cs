using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerLearning.Events;

namespace PeerLearning.Matching;

/// <summary>Registers the matching engine with a host.</summary>
public static class MatchingPeerLearningBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="MatchingEngine"/> (singleton) with its options, validated at start-up. Every
    /// <see cref="IPairScorer"/> and <see cref="IMatchingStrategy"/> registered in the container is used. Safe to call
    /// more than once; a host's own registrations win.
    /// </summary>
    /// <param name="builder">The PeerLearning builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The same builder.</returns>
    public static IPeerLearningBuilder AddMatching(this IPeerLearningBuilder builder, Action<MatchingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<MatchingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>());
        services.TryAddSingleton(sp => new MatchingEngine(
            sp.GetRequiredService<IOptions<MatchingOptions>>().Value,
            sp.GetServices<IPairScorer>(),
            sp.GetServices<IMatchingStrategy>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILearningEventSink>(),
            sp.GetService<ILogger<MatchingEngine>>()));
        return builder;
    }
}
