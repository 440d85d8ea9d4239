namespace PeerLearning.Matching;

/// <summary>A candidate with the score a ranker gave them; higher is better.</summary>
/// <param name="CandidateId">The candidate's participant id.</param>
/// <param name="Score">The ranker's score, from 0 to 1.</param>
public sealed record RankedCandidate(string CandidateId, double Score);
