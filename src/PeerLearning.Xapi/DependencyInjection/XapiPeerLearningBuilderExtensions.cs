using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PeerLearning.Xapi;

/// <summary>Registers the xAPI LRS client.</summary>
public static class XapiPeerLearningBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="LrsClient"/> as a typed HttpClient (IHttpClientFactory) with validated options.
    /// Idempotent; <paramref name="configureHttp"/> can set the primary handler, proxies or extra handlers.
    /// </summary>
    public static IPeerLearningBuilder AddXapi(this IPeerLearningBuilder builder, Action<LrsClientOptions>? configure = null, Action<IHttpClientBuilder>? configureHttp = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<LrsClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LrsClientOptions>, LrsClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(LrsClient)))
        {
            var http = services.AddHttpClient<LrsClient>();
            configureHttp?.Invoke(http);
        }
        else if (configureHttp is not null)
        {
            configureHttp(services.AddHttpClient(nameof(LrsClient)));
        }

        return builder;
    }

    /// <summary>
    /// Registers <see cref="LrsLearningEventSink"/> as the <see cref="Events.ILearningEventSink"/> (replacing the default null sink, never a sink the host registered):
    /// engines' events are mapped to statements and sent through <see cref="LrsClient"/>. Call <see cref="AddXapi"/> too.
    /// </summary>
    public static IPeerLearningBuilder AddXapiEventSink(this IPeerLearningBuilder builder, Action<LearningEventMappingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<LearningEventMappingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new LearningEventStatementMapper(sp.GetRequiredService<IOptions<LearningEventMappingOptions>>().Value));
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(Events.ILearningEventSink));
        if (existing is null || existing.ImplementationInstance is Events.NullLearningEventSink)
        {
            if (existing is not null)
            {
                services.Remove(existing);
            }

            services.AddTransient<Events.ILearningEventSink, LrsLearningEventSink>();
        }
        return builder;
    }
}
