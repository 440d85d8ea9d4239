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
}
