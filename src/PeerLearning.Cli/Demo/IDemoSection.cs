namespace PeerLearning.Cli.Demo;

/// <summary>One part of <c>peerlearn demo</c>: what one engine does with the shared organization.</summary>
internal interface IDemoSection
{
    /// <summary>The heading printed above the section.</summary>
    string Title { get; }

    /// <summary>Runs the section and writes what happened to <see cref="DemoContext.Output"/>.</summary>
    Task RunAsync(DemoContext context, CancellationToken cancellationToken);
}
