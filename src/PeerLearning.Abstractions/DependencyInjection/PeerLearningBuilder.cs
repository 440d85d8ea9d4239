using Microsoft.Extensions.DependencyInjection;

namespace PeerLearning;

internal sealed class PeerLearningBuilder(IServiceCollection services) : IPeerLearningBuilder
{
    public IServiceCollection Services { get; } = services;
}
