using System.Reflection;
using System.Xml.Linq;

namespace PeerLearning.Conventions.Tests;

public sealed class PublicApiConventionTests
{
    /// <summary>Every shipped library, found by its file name beside the tests.</summary>
    public static TheoryData<string> Libraries() => [.. LibraryNames()];

    private static List<string> LibraryNames() =>
        Directory.GetFiles(AppContext.BaseDirectory, "PeerLearning.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_shipped_library_is_checked()
    {
        var names = LibraryNames();
        Assert.Contains("PeerLearning.Abstractions", names);
        Assert.Contains("PeerLearning.Data", names);
        Assert.True(names.Count >= 8, $"expected the eight shipped libraries, found: {string.Join(", ", names)}");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Public_types_are_sealed_abstract_static_records_or_interfaces(string library)
    {
        var offenders = PublicTypes(library)
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !IsRecord(t) && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, $"open classes (seal them or make them abstract by design): {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Public_types_and_members_are_documented(string library)
    {
        var docsPath = Path.Combine(AppContext.BaseDirectory, library + ".xml");
        Assert.True(File.Exists(docsPath), $"{library} ships no XML documentation file");
        var documented = XDocument.Load(docsPath).Descendants("member")
            .Where(m => m.Element("summary") is not null || m.Element("inheritdoc") is not null)
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = PublicTypes(library)
            .Where(t => !documented.Contains("T:" + t.FullName!.Replace('+', '.')))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(missing.Count == 0, $"undocumented public types: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Libraries_never_reference_test_or_benchmark_packages(string library)
    {
        var forbidden = new[] { "xunit", "BenchmarkDotNet", "Google.OrTools", "FsCheck", "Json.Schema", "JsonSchema.Net", "Microsoft.Extensions.TimeProvider.Testing" };
        var references = Assembly.Load(library).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }

    private static Type[] PublicTypes(string library) =>
        Assembly.Load(library).GetExportedTypes();

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
