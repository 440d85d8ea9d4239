namespace PeerLearning;

/// <summary>Rotates people through small groups over several rounds so they meet as many new colleagues as possible.</summary>
public sealed record NetworkingRotationProgram : ProgramDefinition
{
    /// <summary>People per group in each round.</summary>
    public int GroupSize { get; init; } = 2;

    /// <summary>How many rounds to plan.</summary>
    public int Rounds { get; init; } = 4;

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.Peer];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        if (GroupSize < 2)
        {
            yield return (nameof(GroupSize), $"must be at least 2, was {GroupSize}");
        }

        if (Rounds < 1)
        {
            yield return (nameof(Rounds), $"must be at least 1, was {Rounds}");
        }
    }
}
