namespace PeerLearning.Matching;

/// <summary>A provider suggested to a seeker for self-service matching.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Score">The pair's 0–100 score.</param>
/// <param name="Contributions">Why, criterion by criterion.</param>
public sealed record SuggestedProvider(string ProviderId, double Score, IReadOnlyList<ScoreContribution> Contributions);
