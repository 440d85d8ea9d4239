using Json.Schema;

namespace PeerLearning.Recognition.Tests.OpenBadges;

/// <summary>
/// A fact that needs the official Open Badges 3.0 schema at ../shared/schemas/openbadges-3.0/ relative to the
/// repository root (the folder with PeerLearning.sln); it is skipped with a message when the file is absent.
/// </summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (Find() is null)
        {
            Skip = "Open Badges 3.0 schema not found at ../shared/schemas/openbadges-3.0/achievementcredential.json relative to the repository root; schema validation skipped.";
        }
    }

    public static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PeerLearning.sln")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas", "openbadges-3.0", "achievementcredential.json"));
        return path is not null && File.Exists(path) ? path : null;
    }

    // A schema registers its $id globally, so it is loaded once per test run.
    private static readonly Lazy<JsonSchema?> Schema = new(() => Find() is { } path ? JsonSchema.FromText(File.ReadAllText(path)) : null);

    public static JsonSchema? Load() => Schema.Value;
}
