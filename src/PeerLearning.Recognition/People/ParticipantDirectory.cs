namespace PeerLearning.Recognition;

/// <summary>
/// An <see cref="IParticipantDirectory"/> over a list of participants. A participant opts out of leaderboards with
/// the attribute <c>leaderboardOptOut</c> = <c>true</c>, or by being listed in the opt-out set.
/// </summary>
public sealed class ParticipantDirectory : IParticipantDirectory
{
    /// <summary>The attribute that opts a participant out of leaderboards when set to <c>true</c>.</summary>
    public const string OptOutAttribute = "leaderboardOptOut";

    private readonly Dictionary<string, Participant> _byId;
    private readonly Dictionary<string, int> _directReports;
    private readonly HashSet<string> _optedOut;

    /// <summary>Creates the directory.</summary>
    /// <param name="participants">Everyone; ids must be unique.</param>
    /// <param name="optedOut">More people who opted out of leaderboards.</param>
    /// <exception cref="PeerLearningValidationException">An id repeats.</exception>
    public ParticipantDirectory(IReadOnlyList<Participant> participants, IEnumerable<string>? optedOut = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        All = participants;
        _byId = new(participants.Count, StringComparer.Ordinal);
        _directReports = new(StringComparer.Ordinal);
        _optedOut = new(optedOut ?? [], StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        foreach (var p in participants)
        {
            if (!_byId.TryAdd(p.Id, p))
            {
                problems.Add(new(p.Id, "id", "duplicate participant id"));
            }

            if (p.ManagerId is { } manager)
            {
                _directReports[manager] = _directReports.GetValueOrDefault(manager) + 1;
            }

            if (p.Attributes.TryGetValue(OptOutAttribute, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
            {
                _optedOut.Add(p.Id);
            }
        }

        PeerLearningValidationException.ThrowIfAny(problems);
    }

    /// <summary>An empty directory: everyone is unknown (base allowance, no scopes).</summary>
    public static ParticipantDirectory Empty { get; } = new([]);

    /// <inheritdoc />
    public IReadOnlyList<Participant> All { get; }

    /// <inheritdoc />
    public Participant? Find(string participantId) => _byId.GetValueOrDefault(participantId);

    /// <inheritdoc />
    public int DirectReportCount(string participantId) => _directReports.GetValueOrDefault(participantId);

    /// <inheritdoc />
    public bool IsOptedOutOfLeaderboards(string participantId) => _optedOut.Contains(participantId);
}
