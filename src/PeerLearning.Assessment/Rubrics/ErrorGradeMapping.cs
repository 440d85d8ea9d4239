namespace PeerLearning.Assessment.Rubrics;

/// <summary>For <see cref="ScoringMode.NumberOfErrors"/>: from <see cref="Errors"/> weighted errors on, the grade is <see cref="Grade"/>.</summary>
/// <param name="Errors">The (weighted) number of errors, 1 or more.</param>
/// <param name="Grade">The grade from 0 to 100.</param>
public sealed record ErrorGradeMapping(double Errors, double Grade);
