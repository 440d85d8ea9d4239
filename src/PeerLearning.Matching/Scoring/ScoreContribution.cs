namespace PeerLearning.Matching;

/// <summary>One criterion's share of a pair score: the explanation of a match.</summary>
/// <param name="Criterion">The criterion (see <see cref="MatchingCriteria"/>).</param>
/// <param name="Weight">The program's weight for the criterion.</param>
/// <param name="Value">The criterion's fit from 0 to 1.</param>
/// <param name="Points">The points it adds to the 0–100 score: 100 × weight × value ÷ total weight.</param>
public sealed record ScoreContribution(string Criterion, double Weight, double Value, double Points);
