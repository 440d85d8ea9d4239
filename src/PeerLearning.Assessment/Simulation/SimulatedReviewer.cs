namespace PeerLearning.Assessment.Simulation;

/// <summary>A simulated reviewer's hidden traits.</summary>
/// <param name="ReviewerId">The reviewer (also the author of submission <c>s-</c> with the same number).</param>
/// <param name="Behavior">The behaviour.</param>
/// <param name="Bias">The bias on 0–1 of the range.</param>
/// <param name="NoiseStandardDeviation">The noise on 0–1 of the range.</param>
public sealed record SimulatedReviewer(string ReviewerId, ReviewerBehavior Behavior, double Bias, double NoiseStandardDeviation);
