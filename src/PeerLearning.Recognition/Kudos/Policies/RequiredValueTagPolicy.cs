namespace PeerLearning.Recognition;

/// <summary>
/// A kudos must carry at least one value tag; when <see cref="AllowedTags"/> is not empty every tag must be one of
/// them (compared case-insensitively).
/// </summary>
public sealed class RequiredValueTagPolicy : IKudosPolicy
{
    /// <summary>The organization's values; empty accepts any tag.</summary>
    public IReadOnlyList<string> AllowedTags { get; init; } = [];

    /// <inheritdoc />
    public string Name => "required-value-tag";

    /// <inheritdoc />
    public KudosPolicyDecision Evaluate(KudosContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tags = context.Request.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (tags.Count == 0)
        {
            return new(KudosVerdict.Block, Name, "a value tag is required");
        }

        if (AllowedTags.Count > 0)
        {
            var unknown = tags.Where(t => !AllowedTags.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                return new(KudosVerdict.Block, Name, $"unknown value tag(s) {string.Join(", ", unknown.Select(t => $"'{t}'"))}; use one of: {string.Join(", ", AllowedTags)}");
            }
        }

        return KudosPolicyDecision.Allowed(Name);
    }
}
