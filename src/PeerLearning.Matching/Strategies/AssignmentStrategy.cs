namespace PeerLearning.Matching;

/// <summary>
/// Optimal one-to-one assignment (Jonker–Volgenant on a dense, rectangular cost matrix; forbidden pairs carry a
/// prohibitive cost). A provider with capacity c appears as c identical columns. Serves the most seekers possible,
/// then maximizes the total score. When the matrix would exceed <see cref="MaxDenseCells"/> it solves the same
/// objective on the sparse graph with <see cref="MinCostFlowStrategy"/>.
/// </summary>
/// <param name="maxDenseCells">The largest dense matrix (rows × columns) to build.</param>
public sealed class AssignmentStrategy(long maxDenseCells = AssignmentStrategy.DefaultMaxDenseCells) : IMatchingStrategy
{
    /// <summary>The strategy's name.</summary>
    public const string StrategyName = "assignment";

    /// <summary>The default limit on dense cells: 16 million (128 MiB of costs).</summary>
    public const long DefaultMaxDenseCells = 16_000_000;

    /// <summary>The largest dense matrix built.</summary>
    public long MaxDenseCells { get; } = maxDenseCells;

    /// <inheritdoc />
    public string Name => StrategyName;

    /// <inheritdoc />
    public string Description => "Optimal one-to-one assignment (LAPJV); providers with capacity c count as c seats.";

    /// <inheritdoc />
    /// <exception cref="PeerLearningValidationException">A seeker needs more than one provider.</exception>
    public IReadOnlyList<int> Solve(CandidateGraph graph, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        for (var s = 0; s < graph.SeekerCount; s++)
        {
            if (graph.DemandOf(s) > 1)
            {
                throw new PeerLearningValidationException($"seeker #{s}", "demand", $"the assignment strategy gives one provider per seeker, demand was {graph.DemandOf(s)}; use {MinCostFlowStrategy.StrategyName}");
            }
        }

        var rows = new List<int>();
        for (var s = 0; s < graph.SeekerCount; s++)
        {
            if (graph.DemandOf(s) == 1 && graph.EndArc(s) > graph.FirstArc(s))
            {
                rows.Add(s);
            }
        }

        var seatProvider = new List<int>();
        var seatsOf = new int[graph.ProviderCount];
        var incoming = new int[graph.ProviderCount];
        foreach (var p in graph.ArcProviders)
        {
            incoming[p]++;
        }

        var firstSeat = new int[graph.ProviderCount];
        for (var p = 0; p < graph.ProviderCount; p++)
        {
            firstSeat[p] = seatProvider.Count;
            seatsOf[p] = Math.Min(graph.CapacityOf(p), incoming[p]);
            for (var k = 0; k < seatsOf[p]; k++)
            {
                seatProvider.Add(p);
            }
        }

        var cols = seatProvider.Count;
        if (rows.Count == 0 || cols == 0)
        {
            return [];
        }

        if ((long)rows.Count * cols > MaxDenseCells)
        {
            return CostScalingTransportation.Solve(graph, cancellationToken);
        }

        var forbidden = ScoreCost.Unassigned(Math.Min(rows.Count, cols));
        var costs = new long[rows.Count * cols];
        Array.Fill(costs, forbidden);
        for (var r = 0; r < rows.Count; r++)
        {
            var s = rows[r];
            for (var a = graph.FirstArc(s); a < graph.EndArc(s); a++)
            {
                var p = graph.ProviderOf(a);
                var cost = ScoreCost.Of(graph.ScoreOf(a));
                var start = (r * cols) + firstSeat[p];
                costs.AsSpan(start, seatsOf[p]).Fill(cost);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var assignment = LinearAssignment.Solve(costs, rows.Count, cols);
        var chosen = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var seat = assignment[r];
            if (seat >= 0 && costs[(r * cols) + seat] < forbidden)
            {
                chosen.Add(graph.FindArc(rows[r], seatProvider[seat]));
            }
        }

        chosen.Sort();
        return chosen;
    }
}
