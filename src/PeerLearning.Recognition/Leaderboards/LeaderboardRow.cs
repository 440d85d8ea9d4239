namespace PeerLearning.Recognition;

/// <summary>One person on a leaderboard.</summary>
/// <param name="Rank">Standard competition rank: ties share a rank and the next rank skips (1, 2, 2, 4).</param>
/// <param name="Position">The 1-based row position (ties are ordered by participant id, ordinal).</param>
/// <param name="ParticipantId">The person.</param>
/// <param name="Score">Points or recognitions in the window.</param>
public sealed record LeaderboardRow(int Rank, int Position, string ParticipantId, long Score);
