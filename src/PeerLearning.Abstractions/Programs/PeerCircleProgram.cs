namespace PeerLearning;

/// <summary>
/// Forms peer circles or cohorts (executive cohorts, women-in-leadership circles) of a size range,
/// balanced on diversity attributes.
/// </summary>
public sealed record PeerCircleProgram : ProgramDefinition
{
    /// <summary>The smallest circle.</summary>
    public int MinGroupSize { get; init; } = 4;

    /// <summary>The largest circle.</summary>
    public int MaxGroupSize { get; init; } = 6;

    /// <summary>Attributes (keys of <see cref="Participant.Attributes"/>) to spread evenly across circles.</summary>
    public IReadOnlyList<string> DiversityAttributes { get; init; } = [];

    /// <summary>Same or different departments inside a circle.</summary>
    public DepartmentPreference DepartmentPreference { get; init; } = DepartmentPreference.Different;

    /// <summary>Each circle gets one facilitator.</summary>
    public bool Facilitated { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ProgramRole> ParticipatingRoles =>
        Facilitated ? [ProgramRole.Peer, ProgramRole.Facilitator] : [ProgramRole.Peer];

    internal override IEnumerable<(string Field, string Message)> CheckSettings() =>
        CheckRange(nameof(MinGroupSize), MinGroupSize, nameof(MaxGroupSize), MaxGroupSize, 2);
}
