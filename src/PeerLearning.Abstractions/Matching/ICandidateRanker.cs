namespace PeerLearning.Matching;

/// <summary>
/// Ranks candidates (mentors, peers, content authors) for one person, for example by a model learned
/// from past match outcomes. Implemented by the Recommendations package, consumed by Matching.
/// </summary>
public interface ICandidateRanker
{
    /// <summary>Ranks <paramref name="candidates"/> for <paramref name="seeker"/>, best first.</summary>
    /// <param name="seeker">The person looking for a match.</param>
    /// <param name="candidates">Who they could be matched with.</param>
    /// <param name="program">The program.</param>
    /// <param name="count">How many to return at most.</param>
    /// <returns>At most <paramref name="count"/> candidates, best first; ties in candidate id order.</returns>
    IReadOnlyList<RankedCandidate> Rank(Participant seeker, IReadOnlyList<Participant> candidates, ProgramDefinition program, int count);
}
