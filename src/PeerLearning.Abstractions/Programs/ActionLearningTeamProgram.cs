namespace PeerLearning;

/// <summary>Forms cross-functional action-learning teams that work on a real problem together.</summary>
public sealed record ActionLearningTeamProgram : ProgramDefinition
{
    /// <summary>The smallest team.</summary>
    public int MinTeamSize { get; init; } = 4;

    /// <summary>The largest team.</summary>
    public int MaxTeamSize { get; init; } = 7;

    /// <summary>Each team must span at least this many departments.</summary>
    public int MinDistinctDepartments { get; init; } = 3;

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles { get; } = [ProgramRole.Peer];

    internal override IEnumerable<(string Field, string Message)> CheckSettings()
    {
        foreach (var problem in CheckRange(nameof(MinTeamSize), MinTeamSize, nameof(MaxTeamSize), MaxTeamSize, 2))
        {
            yield return problem;
        }

        if (MinDistinctDepartments < 1 || MinDistinctDepartments > MaxTeamSize)
        {
            yield return (nameof(MinDistinctDepartments), $"must be from 1 to MaxTeamSize ({MaxTeamSize}), was {MinDistinctDepartments}");
        }
    }
}
