using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Simulation;

/// <summary>A simulated round with the truth the methods try to recover.</summary>
/// <param name="Round">The round: rubric, submissions and the reviews that arrived.</param>
/// <param name="TrueGrades">The true grade (0–100) per submission id.</param>
/// <param name="TruePoints">The true points per submission id, by criterion id.</param>
/// <param name="Reviewers">The reviewers' hidden traits.</param>
public sealed record SimulatedRound(
    PeerAssessment Round,
    IReadOnlyDictionary<string, double> TrueGrades,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> TruePoints,
    IReadOnlyList<SimulatedReviewer> Reviewers);
