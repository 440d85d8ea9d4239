namespace PeerLearning.Matching;

/// <summary>
/// A way to choose matches on a <see cref="CandidateGraph"/>. Built-in strategies are selectable by name
/// (see <see cref="MatchingStrategies"/>); a host can add its own through DI.
/// </summary>
public interface IMatchingStrategy
{
    /// <summary>The name the strategy is selected by, lower-case with dashes (for example <c>min-cost-flow</c>).</summary>
    string Name { get; }

    /// <summary>One sentence on what the strategy optimizes.</summary>
    string Description { get; }

    /// <summary>Chooses arcs: each seeker gets at most its demand, each provider at most its capacity.</summary>
    /// <param name="graph">The feasible pairs with scores, demands and capacities.</param>
    /// <param name="seed">Breaks ties; the same seed and graph give the same result.</param>
    /// <param name="cancellationToken">Stops a long solve.</param>
    /// <returns>The chosen arc indices, ascending.</returns>
    IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default);
}
