namespace PeerLearning.Data;

/// <summary>How big a synthetic organization to generate, from which seed, as of which date.</summary>
public sealed record SyntheticOrganizationOptions
{
    /// <summary>How many people; at least 1.</summary>
    public int Size { get; init; } = 500;

    /// <summary>The seed; the same seed and options always give the same organization.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The date the organization is generated at (hire dates lie before it). Fixed so output does not depend on the clock.</summary>
    public DateOnly AsOf { get; init; } = new(2026, 1, 1);

    /// <summary>Share of people hired in the last three months (newcomers), from 0 to 1.</summary>
    public double NewcomerShare { get; init; } = 0.08;
}
