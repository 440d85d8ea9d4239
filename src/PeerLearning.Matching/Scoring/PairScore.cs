namespace PeerLearning.Matching;

/// <summary>A pair's 0–100 score and the named contributions that sum to it.</summary>
/// <param name="Score">The score from 0 to 100: the sum of the contributions' points.</param>
/// <param name="Contributions">One entry per weighted criterion, in the order of the program's criteria.</param>
public sealed record PairScore(double Score, IReadOnlyList<ScoreContribution> Contributions);
