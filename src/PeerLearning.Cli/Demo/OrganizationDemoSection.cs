using System.Globalization;

namespace PeerLearning.Cli.Demo;

/// <summary>Describes the generated organization and checks it is valid.</summary>
internal sealed class OrganizationDemoSection : IDemoSection
{
    public string Title => "Organization";

    public Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var people = context.People;
        var output = context.Output;
        var problems = PeerLearningValidator.Validate(people);
        output.WriteLine(Invariant($"{people.Count} people (seed {context.Seed}, as of {context.AsOf:yyyy-MM-dd}); validation: {(problems.Count == 0 ? "no problems" : problems.Count + " problems")}"));
        output.WriteLine(Invariant($"departments: {string.Join(", ", people.GroupBy(p => p.Department).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}"));
        output.WriteLine(Invariant($"sites: {string.Join(", ", people.GroupBy(p => p.Location).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} {g.Count()}"))}, ..."));
        output.WriteLine(Invariant($"seniority: {string.Join(", ", people.GroupBy(p => p.SeniorityLevel).OrderBy(g => g.Key).Select(g => $"L{g.Key} {g.Count()}"))}"));
        var roles = Enum.GetValues<ProgramRole>()
            .Select(role => (role, count: people.Count(p => p.HasRole(role)), capacity: people.Sum(p => p.CapacityFor(role))))
            .Where(r => r.count > 0);
        output.WriteLine(Invariant($"opted in: {string.Join(", ", roles.Select(r => $"{r.role} {r.count} (capacity {r.capacity})"))}"));
        return Task.CompletedTask;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
