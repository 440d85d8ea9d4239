using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Xapi.Tests.Client;

public sealed class XapiRegistrationTests
{
    [Fact]
    public async Task AddXapi_registers_a_typed_client_that_reaches_the_configured_lrs()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Username = "k", Password = "s" });
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b
            .AddXapi(o => { o.Endpoint = lrs.Endpoint; o.Username = "k"; o.Password = "s"; }, http => http.ConfigurePrimaryHttpMessageHandler(lrs.CreateHandler))
            .AddXapi());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var id = await provider.GetRequiredService<LrsClient>().SendStatementAsync(Statements.Completed(1));

        Assert.NotNull(lrs.FindStatement(id));
        Assert.Single(services, d => d.ServiceType == typeof(LrsClient));
    }

    [Fact]
    public void Invalid_options_fail_at_start_up_naming_every_problem()
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b.AddXapi(o => { o.Endpoint = new Uri("http://lrs.example.org/xAPI/"); o.Username = "only-user"; }));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LrsClientOptions>>().Value);

        Assert.Equal(2, exception.Failures.Count());
    }
}
