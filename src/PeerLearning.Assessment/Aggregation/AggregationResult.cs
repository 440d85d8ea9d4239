namespace PeerLearning.Assessment.Aggregation;

/// <summary>The grades a method produced, with what it learned about the reviewers.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Grades">One grade per submission, in the order of the input.</param>
/// <param name="Reviewers">One estimate per peer reviewer, in order of their first review (submissions in input order, reviewers by id within a submission).</param>
public sealed record AggregationResult(string Method, IReadOnlyList<SubmissionGrade> Grades, IReadOnlyList<ReviewerEstimate> Reviewers);
