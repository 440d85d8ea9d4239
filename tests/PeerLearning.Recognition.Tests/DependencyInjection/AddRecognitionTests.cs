using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PeerLearning.Events;

namespace PeerLearning.Recognition.Tests.DependencyInjection;

public sealed class AddRecognitionTests
{
    [Fact]
    public async Task Engines_resolve_with_configured_policies_and_raise_events_to_the_host_sink()
    {
        var sink = new InMemoryLearningEventSink();
        var services = new ServiceCollection();
        services.AddSingleton<ILearningEventSink>(sink);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        services.AddPeerLearning(b => b.AddRecognition(o => { o.MaxPointsPerKudos = 10; o.GivingAllowance.TimeZoneId = "Europe/Berlin"; }).AddRecognition());
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var engine = provider.GetRequiredService<KudosEngine>();
        var tooMany = await engine.GiveAsync(new KudosRequest { KudosId = "k1", GiverId = "a", ReceiverIds = ["b"], Points = 11 });
        var self = await engine.GiveAsync(new KudosRequest { KudosId = "k2", GiverId = "a", ReceiverIds = ["a"], Points = 1 });
        var ok = await engine.GiveAsync(new KudosRequest { KudosId = "k3", GiverId = "a", ReceiverIds = ["b"], Points = 10 });

        Assert.Equal("max-points-per-kudos", Assert.Single(tooMany.Decisions).Policy);
        Assert.Equal("no-self-kudos", Assert.Single(self.Decisions).Policy);
        Assert.Equal(KudosStatus.Recorded, ok.Status);
        Assert.IsType<KudosGiven>(sink.Events[0]);
        Assert.Single(services, d => d.ServiceType == typeof(KudosEngine));
        Assert.IsType<InMemoryRecognitionStore>(provider.GetRequiredService<IRecognitionStore>());
        Assert.NotNull(provider.GetRequiredService<BadgeEngine>());
        Assert.NotNull(provider.GetRequiredService<LeaderboardBuilder>());
        Assert.NotNull(provider.GetRequiredService<AntiGamingAnalyzer>());
    }

    [Fact]
    public void Invalid_options_fail_at_start_up_naming_the_fields()
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b.AddRecognition(o => { o.GivingAllowance.TimeZoneId = "Nowhere/Special"; o.Leaderboards.MinimumPeople = 0; }));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("timeZoneId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("minimumPeople", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_policy_joins_the_configured_ones()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IKudosPolicy>(new MinimumMessageLengthPolicy(5));
        services.AddPeerLearning(b => b.AddRecognition());
        using var provider = services.BuildServiceProvider();

        var outcome = await provider.GetRequiredService<KudosEngine>().GiveAsync(new KudosRequest { KudosId = "k", GiverId = "a", ReceiverIds = ["b"], Message = "hi" });

        Assert.Equal(KudosStatus.Blocked, outcome.Status);
        Assert.Equal("minimum-message-length", outcome.Decisions[0].Policy);
    }
}
