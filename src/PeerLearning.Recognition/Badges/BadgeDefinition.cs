namespace PeerLearning.Recognition;

/// <summary>A badge and the rule that awards it.</summary>
public sealed record BadgeDefinition
{
    /// <summary>A stable id, unique in the rule set.</summary>
    public required string Id { get; init; }

    /// <summary>The name people see.</summary>
    public required string Name { get; init; }

    /// <summary>What it recognizes.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The criteria, in words, for Open Badges export; generated from <see cref="Criteria"/> when empty.</summary>
    public string CriteriaNarrative { get; init; } = string.Empty;

    /// <summary>An image, if any (used by Open Badges export).</summary>
    public Uri? Image { get; init; }

    /// <summary>What earns it.</summary>
    public required BadgeCriterion Criteria { get; init; }

    /// <summary>Whether it can be earned again; each award then needs the criteria met anew by events after the last award.</summary>
    public bool Repeatable { get; init; }

    /// <summary>Awards expire this long after they are earned, if set.</summary>
    public TimeSpan? ExpiresAfter { get; init; }

    /// <summary>Awards expire at this instant, if set (the earlier of the two expiries wins).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Organization-funded points credited with each award (zero for none).</summary>
    public int Points { get; init; }

    /// <summary>When an award earned at <paramref name="awardedAt"/> expires, or null.</summary>
    /// <param name="awardedAt">When it was earned.</param>
    /// <returns>The expiry or null.</returns>
    public DateTimeOffset? ExpiryFor(DateTimeOffset awardedAt)
    {
        DateTimeOffset? relative = ExpiresAfter is { } after ? awardedAt + after : null;
        return (relative, ExpiresAt) switch
        {
            ({ } r, { } f) => r < f ? r : f,
            ({ } r, null) => r,
            (null, { } f) => f,
            _ => null,
        };
    }
}
