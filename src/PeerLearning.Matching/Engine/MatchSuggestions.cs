namespace PeerLearning.Matching;

/// <summary>The providers suggested to one seeker, best first.</summary>
/// <param name="SeekerId">The seeker.</param>
/// <param name="Suggestions">The suggestions, best first.</param>
public sealed record MatchSuggestions(string SeekerId, IReadOnlyList<SuggestedProvider> Suggestions);
