using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerLearning.Events;
using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.DependencyInjection;

public sealed class AddMatchingTests
{
    [Fact]
    public async Task Engine_resolves_with_host_scorers_strategies_and_sink()
    {
        var sink = new InMemoryLearningEventSink();
        var services = new ServiceCollection();
        services.AddSingleton<ILearningEventSink>(sink);
        services.AddSingleton<IMatchingStrategy, ReverseIdStrategy>();
        services.AddPeerLearning(b => b.AddMatching(o => o.CandidatesPerSeeker = 10).AddMatching());
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<MatchingEngine>();
        Assert.Same(engine, provider.GetRequiredService<MatchingEngine>());
        Assert.Single(services, d => d.ServiceType == typeof(MatchingEngine));

        var people = new List<Participant> { People.Person("mentor", ProgramRole.Mentor), People.Person("mentee", ProgramRole.Mentee) };
        var result = engine.Match(people, People.Mentoring(), new MatchingRequest { Strategy = "none-at-all" });
        Assert.Empty(result.Matches);
        await engine.PublishAsync(engine.Match(people, People.Mentoring()));
        Assert.Single(sink.Events.OfType<MatchProposed>());
    }

    [Fact]
    public void Invalid_options_fail_at_start_up_naming_the_field()
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b.AddMatching(o => o.CandidatesPerSeeker = -5));
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MatchingOptions>>().Value);
        Assert.Contains("CandidatesPerSeeker", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_widening_rounds_are_rejected_naming_the_field()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine(new MatchingOptions { WideningRounds = -1 }));
        Assert.Contains(ex.Problems, p => p.Field == nameof(MatchingOptions.WideningRounds));
    }

    private sealed class ReverseIdStrategy : IMatchingStrategy
    {
        public string Name => "none-at-all";

        public string Description => "Matches nobody (a host's own strategy).";

        public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default) => [];
    }
}
