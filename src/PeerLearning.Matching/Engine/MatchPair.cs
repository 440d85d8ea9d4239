namespace PeerLearning.Matching;

/// <summary>A provider and a seeker an administrator names (a pinned or forbidden pair).</summary>
/// <param name="ProviderId">The mentor, buddy or reverse mentor.</param>
/// <param name="SeekerId">The mentee, newcomer or reverse mentee.</param>
public sealed record MatchPair(string ProviderId, string SeekerId);
