namespace PeerLearning.Recognition;

/// <summary>Who people are, as recognition needs it: roles, managers, departments, teams, opt-outs.</summary>
public interface IParticipantDirectory
{
    /// <summary>The participant with an id, or null.</summary>
    /// <param name="participantId">The id.</param>
    /// <returns>The participant or null.</returns>
    Participant? Find(string participantId);

    /// <summary>How many people name <paramref name="participantId"/> as their manager.</summary>
    /// <param name="participantId">The manager's id.</param>
    /// <returns>The count.</returns>
    int DirectReportCount(string participantId);

    /// <summary>Whether the person opted out of leaderboards.</summary>
    /// <param name="participantId">The id.</param>
    /// <returns>True when opted out.</returns>
    bool IsOptedOutOfLeaderboards(string participantId);

    /// <summary>Everyone in the directory.</summary>
    IReadOnlyList<Participant> All { get; }
}
