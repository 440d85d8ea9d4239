using PeerLearning.Events;

namespace PeerLearning.Cli.Demo;

/// <summary>What every demo section shares: the generated organization, the date, the seed, the event sink, the output.</summary>
internal sealed record DemoContext(
    IReadOnlyList<Participant> People,
    DateOnly AsOf,
    int Seed,
    InMemoryLearningEventSink Events,
    TimeProvider Time,
    TextWriter Output);
