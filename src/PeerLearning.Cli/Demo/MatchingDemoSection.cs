using System.Globalization;
using PeerLearning.Cli.Commands;
using PeerLearning.Matching;

namespace PeerLearning.Cli.Demo;

/// <summary>A mentoring round (compared across strategies, explained, published), onboarding buddies and reverse mentoring.</summary>
internal sealed class MatchingDemoSection : IDemoSection
{
    public string Title => "Matching";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var output = context.Output;
        var engine = new MatchingEngine(new MatchingOptions { Seed = context.Seed }, timeProvider: context.Time, sink: context.Events);
        var mentoring = new MentoringProgram { Id = "mentoring-round-1", Name = "Mentoring round 1", AsOf = context.AsOf, Constraints = new HardConstraints { MinTimeZoneOverlapHours = 2 } };

        output.WriteLine("Mentoring round: strategies side by side on the same candidates");
        var comparison = engine.Compare(context.People, mentoring, cancellationToken: cancellationToken);
        output.WriteLine(MatchingCommands.Table(comparison, timings: false));

        var pending = engine.Match(context.People, mentoring, cancellationToken: cancellationToken);
        output.WriteLine(MatchingCommands.Summary(pending));
        if (pending.Matches.Count > 0)
        {
            var best = pending.Matches.OrderByDescending(m => m.Score).First();
            output.WriteLine(Invariant($"best match {best.ProviderId} -> {best.SeekerId}: {best.Score:F1} = {string.Join(" + ", best.Contributions.Select(c => $"{c.Criterion} {c.Points:F1}"))}"));
        }

        if (pending.Unmatched.FirstOrDefault(u => u.Role == ProgramRole.Mentee) is { } why)
        {
            output.WriteLine($"why {why.ParticipantId} is unmatched: {why.Reason}: {why.Detail}");
        }

        var published = await engine.PublishAsync(pending, cancellationToken).ConfigureAwait(false);
        output.WriteLine(Invariant($"published: {published.Matches.Count} MatchProposed events"));
        if (published.Matches.Count > 0)
        {
            var poor = published.Matches.OrderBy(m => m.Score).First();
            var rematched = engine.Rematch(published, poor.SeekerId, context.People, mentoring, cancellationToken);
            var replacement = rematched.Matches.FirstOrDefault(m => m.SeekerId == poor.SeekerId);
            var kept = published.Matches.Count(m => m.MatchId != poor.MatchId && rematched.Matches.Any(x => x.MatchId == m.MatchId));
            output.WriteLine(Invariant($"re-match after a poor first session: {poor.SeekerId} leaves {poor.ProviderId} ({poor.Score:F1}) for {replacement?.ProviderId ?? "nobody (every feasible mentor is full)"}; {kept} of {published.Matches.Count - 1} other matches kept, {rematched.Matches.Count - kept - (replacement is null ? 0 : 1)} added"));
        }

        var buddies = new OnboardingBuddyProgram { Id = "onboarding-buddies", Name = "Onboarding buddies", AsOf = context.AsOf };
        output.WriteLine(MatchingCommands.Summary(engine.Match(context.People, buddies, cancellationToken: cancellationToken)));

        var reverse = new ReverseMentoringProgram { Id = "reverse-mentoring", Name = "Reverse mentoring", AsOf = context.AsOf };
        var reverseResult = engine.Match(context.People, reverse, cancellationToken: cancellationToken);
        output.WriteLine(MatchingCommands.Summary(reverseResult));
        if (reverseResult.Matches.Count > 0)
        {
            var m = reverseResult.Matches.OrderByDescending(x => x.Score).First();
            output.WriteLine(Invariant($"reverse mentor {m.ProviderId} teaches {m.SeekerId}: score {m.Score:F1}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
