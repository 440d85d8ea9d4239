namespace PeerLearning.Matching;

/// <summary>
/// Scores one criterion for a candidate pair, from 0 (no fit) to 1 (best fit). The matching engine
/// combines the criteria with the program's weights into a 0–100 score and keeps each contribution
/// as the explanation. A host can add its own scorer (or a learned one from Recommendations) through DI.
/// </summary>
public interface IPairScorer
{
    /// <summary>The criterion this scorer measures: the key in <see cref="ProgramDefinition.Weights"/>.</summary>
    string Criterion { get; }

    /// <summary>Scores the pair; never NaN.</summary>
    /// <param name="provider">The one who gives (mentor, buddy, reverse mentor).</param>
    /// <param name="seeker">The one who receives (mentee, newcomer, reverse mentee).</param>
    /// <param name="program">The program the pair would be in.</param>
    /// <returns>A value from 0 to 1.</returns>
    double Score(Participant provider, Participant seeker, ProgramDefinition program);
}
