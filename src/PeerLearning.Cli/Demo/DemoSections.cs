namespace PeerLearning.Cli.Demo;

/// <summary>The demo's sections in the order a program runs: people first, then each engine. One line per section.</summary>
internal static class DemoSections
{
    public static IReadOnlyList<IDemoSection> All { get; } =
    [
        new OrganizationDemoSection(),
        new MatchingDemoSection(),
        new AssessmentDemoSection(),
        new RecognitionDemoSection(),
        new XapiDemoSection(),
    ];
}
