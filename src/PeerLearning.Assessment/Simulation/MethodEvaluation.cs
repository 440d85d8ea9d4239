namespace PeerLearning.Assessment.Simulation;

/// <summary>How close one method's grades came to the truth, over all simulated rounds.</summary>
/// <param name="Method">The method.</param>
/// <param name="Rmse">Root mean squared error (grade points).</param>
/// <param name="Mae">Mean absolute error (grade points).</param>
/// <param name="WithinFive">Share of grades within ±5 points of the truth (0–1).</param>
/// <param name="WithinTen">Share within ±10 points (0–1).</param>
/// <param name="Graded">Grades compared.</param>
public sealed record MethodEvaluation(string Method, double Rmse, double Mae, double WithinFive, double WithinTen, int Graded);
