using Microsoft.Extensions.DependencyInjection;

namespace PeerLearning;

/// <summary>
/// Returned by <see cref="PeerLearningServiceCollectionExtensions.AddPeerLearning(IServiceCollection, Action{IPeerLearningBuilder})"/>;
/// each engine package adds an extension (<c>AddMatching()</c>, <c>AddXapi(...)</c>, ...) to it.
/// </summary>
public interface IPeerLearningBuilder
{
    /// <summary>The service collection the engines register into.</summary>
    IServiceCollection Services { get; }
}
