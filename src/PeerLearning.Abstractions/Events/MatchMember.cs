namespace PeerLearning.Events;

/// <summary>A participant in a match and the role they take in it.</summary>
/// <param name="ParticipantId">The participant's id.</param>
/// <param name="Role">The role in the match.</param>
public sealed record MatchMember(string ParticipantId, ProgramRole Role);
