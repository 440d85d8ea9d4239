namespace PeerLearning;

/// <summary>Pairs each newcomer with one experienced buddy (1:1).</summary>
public sealed record OnboardingBuddyProgram : ProgramDefinition
{
    /// <summary>A buddy must have worked here at least this many months.</summary>
    public int MinBuddyTenureMonths { get; init; } = 6;

    /// <summary>Prefer a buddy at the same site.</summary>
    public bool PreferSameLocation { get; init; } = true;

    /// <summary>Prefer a buddy in the same team.</summary>
    public bool PreferSameTeam { get; init; } = true;

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.Buddy, ProgramRole.Newcomer];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        if (MinBuddyTenureMonths < 0)
        {
            yield return (nameof(MinBuddyTenureMonths), $"must not be negative, was {MinBuddyTenureMonths}");
        }
    }
}
