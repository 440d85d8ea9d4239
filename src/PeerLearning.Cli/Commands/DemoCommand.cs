using System.CommandLine;
using PeerLearning.Cli.Demo;
using PeerLearning.Data;
using PeerLearning.Events;

namespace PeerLearning.Cli.Commands;

/// <summary><c>peerlearn demo</c>: generates an organization and runs every engine on it, on embedded defaults.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var size = new Option<int>("--size") { Description = "How many people in the generated organization.", DefaultValueFactory = _ => 600 };
        var seed = new Option<int>("--seed") { Description = "The seed for the organization and every engine.", DefaultValueFactory = _ => 7 };
        var command = new Command("demo", "Run a whole peer-learning program end to end on a generated organization.") { size, seed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new SyntheticOrganizationOptions { Size = parseResult.GetValue(size), Seed = parseResult.GetValue(seed) };
            IReadOnlyList<Participant> people;
            try
            {
                people = SyntheticOrganization.Generate(options);
            }
            catch (PeerLearningValidationException e)
            {
                return parseResult.ReportProblems("demo", e.Problems);
            }

            var output = parseResult.Out();
            var context = new DemoContext(people, options.AsOf, options.Seed, new InMemoryLearningEventSink(), new FixedTimeProvider(options.AsOf), output);
            foreach (var section in DemoSections.All)
            {
                await output.WriteLineAsync($"== {section.Title} ==").ConfigureAwait(false);
                await section.RunAsync(context, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync().ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{context.Events.Events.Count} domain events raised").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>The demo's clock: the organization's date at 09:00 UTC, so every run prints the same.</summary>
    private sealed class FixedTimeProvider(DateOnly date) : TimeProvider
    {
        private readonly DateTimeOffset _now = new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
