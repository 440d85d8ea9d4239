namespace PeerLearning.Matching;

/// <summary>
/// A sparse bipartite matching instance: seekers (rows) that each need <see cref="DemandOf"/> providers,
/// providers (columns) that each take up to <see cref="CapacityOf"/> seekers, and the feasible pairs (arcs)
/// with their 0–100 scores. Pairs that break a hard constraint are simply absent. Arcs are grouped by seeker.
/// </summary>
public sealed class CandidateGraph
{
    private readonly int[] _demand;
    private readonly int[] _capacity;
    private readonly int[] _rowStart;
    private readonly int[] _arcProvider;
    private readonly double[] _arcScore;
    private readonly int[] _arcSeeker;
    private double[]? _seekerPreference;
    private double[]? _providerPreference;

    /// <summary>Creates a graph from arrays in compressed-row form; the graph keeps the arrays (do not change them afterwards).</summary>
    /// <param name="demand">For each seeker, how many providers they need (0 or more).</param>
    /// <param name="capacity">For each provider, how many seekers they can take (0 or more).</param>
    /// <param name="rowStart">Length seekers + 1: the arcs of seeker <c>s</c> are <c>rowStart[s]</c> to <c>rowStart[s + 1] - 1</c>.</param>
    /// <param name="arcProvider">For each arc, the provider index.</param>
    /// <param name="arcScore">For each arc, the score from 0 to 100.</param>
    /// <exception cref="PeerLearningValidationException">An array is inconsistent, a capacity or demand is negative, a score is not finite or outside 0–100, or a seeker lists a provider twice.</exception>
    public CandidateGraph(int[] demand, int[] capacity, int[] rowStart, int[] arcProvider, double[] arcScore)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(capacity);
        ArgumentNullException.ThrowIfNull(rowStart);
        ArgumentNullException.ThrowIfNull(arcProvider);
        ArgumentNullException.ThrowIfNull(arcScore);
        _demand = demand;
        _capacity = capacity;
        _rowStart = rowStart;
        _arcProvider = arcProvider;
        _arcScore = arcScore;
        _arcSeeker = new int[arcProvider.Length];
        Validate();
    }

    /// <summary>The number of seekers (rows).</summary>
    public int SeekerCount => _demand.Length;

    /// <summary>The number of providers (columns).</summary>
    public int ProviderCount => _capacity.Length;

    /// <summary>The number of feasible pairs.</summary>
    public int ArcCount => _arcProvider.Length;

    /// <summary>The total number of provider slots seekers ask for.</summary>
    public long TotalDemand
    {
        get
        {
            long sum = 0;
            foreach (var d in _demand)
            {
                sum += d;
            }

            return sum;
        }
    }

    /// <summary>How many providers seeker <paramref name="seeker"/> needs.</summary>
    /// <param name="seeker">The seeker index.</param>
    /// <returns>The demand.</returns>
    public int DemandOf(int seeker) => _demand[seeker];

    /// <summary>How many seekers provider <paramref name="provider"/> can take.</summary>
    /// <param name="provider">The provider index.</param>
    /// <returns>The capacity.</returns>
    public int CapacityOf(int provider) => _capacity[provider];

    /// <summary>The first arc of <paramref name="seeker"/>.</summary>
    /// <param name="seeker">The seeker index.</param>
    /// <returns>An arc index.</returns>
    public int FirstArc(int seeker) => _rowStart[seeker];

    /// <summary>One past the last arc of <paramref name="seeker"/>.</summary>
    /// <param name="seeker">The seeker index.</param>
    /// <returns>An arc index.</returns>
    public int EndArc(int seeker) => _rowStart[seeker + 1];

    /// <summary>The provider of arc <paramref name="arc"/>.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>A provider index.</returns>
    public int ProviderOf(int arc) => _arcProvider[arc];

    /// <summary>The seeker of arc <paramref name="arc"/>.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>A seeker index.</returns>
    public int SeekerOf(int arc) => _arcSeeker[arc];

    /// <summary>The score of arc <paramref name="arc"/>, 0–100.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The score.</returns>
    public double ScoreOf(int arc) => _arcScore[arc];

    /// <summary>How much the seeker of <paramref name="arc"/> wants its provider (higher is better): the score unless preferences were supplied.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The seeker's preference value.</returns>
    public double SeekerPreferenceOf(int arc) => _seekerPreference is { } p ? p[arc] : _arcScore[arc];

    /// <summary>How much the provider of <paramref name="arc"/> wants its seeker (higher is better): the score unless preferences were supplied.</summary>
    /// <param name="arc">The arc index.</param>
    /// <returns>The provider's preference value.</returns>
    public double ProviderPreferenceOf(int arc) => _providerPreference is { } p ? p[arc] : _arcScore[arc];

    /// <summary>
    /// The same graph with preferences people supplied: per arc, how much the seeker wants the provider and the
    /// provider the seeker (higher is better). The stable strategy and the blocking-pair count use them; optimal
    /// strategies still optimize scores.
    /// </summary>
    /// <param name="seekerPreference">Per arc, the seeker's preference value; null keeps scores.</param>
    /// <param name="providerPreference">Per arc, the provider's preference value; null keeps scores.</param>
    /// <returns>A graph sharing this one's arcs.</returns>
    /// <exception cref="PeerLearningValidationException">An array has the wrong length or holds NaN.</exception>
    public CandidateGraph WithPreferences(double[]? seekerPreference, double[]? providerPreference)
    {
        foreach (var (values, name) in new[] { (seekerPreference, "seekerPreference"), (providerPreference, "providerPreference") })
        {
            if (values is not null && (values.Length != ArcCount || values.Any(double.IsNaN)))
            {
                throw new PeerLearningValidationException("graph", name, $"must hold one number per arc ({ArcCount}), none NaN");
            }
        }

        return new CandidateGraph(_demand, _capacity, _rowStart, _arcProvider, _arcScore)
        {
            _seekerPreference = seekerPreference,
            _providerPreference = providerPreference,
        };
    }

    /// <summary>The arc joining <paramref name="seeker"/> and <paramref name="provider"/>, or -1 when the pair is infeasible.</summary>
    /// <param name="seeker">The seeker index.</param>
    /// <param name="provider">The provider index.</param>
    /// <returns>The arc index or -1.</returns>
    public int FindArc(int seeker, int provider)
    {
        for (var a = _rowStart[seeker]; a < _rowStart[seeker + 1]; a++)
        {
            if (_arcProvider[a] == provider)
            {
                return a;
            }
        }

        return -1;
    }

    internal ReadOnlySpan<int> ArcProviders => _arcProvider;

    internal ReadOnlySpan<double> ArcScores => _arcScore;

    internal ReadOnlySpan<int> ArcSeekers => _arcSeeker;

    internal ReadOnlySpan<int> RowStarts => _rowStart;

    /// <summary>Builds a graph from a dense score matrix; <see cref="double.NaN"/> is not allowed, <see cref="double.NegativeInfinity"/> marks a forbidden pair.</summary>
    /// <param name="scores">Row-major seekers × providers scores, 0–100, or negative infinity for a forbidden pair.</param>
    /// <param name="seekers">The number of seekers.</param>
    /// <param name="providers">The number of providers.</param>
    /// <param name="demand">Demand per seeker; null for 1 each.</param>
    /// <param name="capacity">Capacity per provider; null for 1 each.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="PeerLearningValidationException">A score is NaN or outside 0–100, or a demand or capacity is negative.</exception>
    public static CandidateGraph FromDense(ReadOnlySpan<double> scores, int seekers, int providers, int[]? demand = null, int[]? capacity = null)
    {
        if (scores.Length != (long)seekers * providers)
        {
            throw new PeerLearningValidationException("scores", "length", $"must be seekers × providers = {(long)seekers * providers}, was {scores.Length}");
        }

        var rowStart = new int[seekers + 1];
        var providersList = new List<int>();
        var scoreList = new List<double>();
        for (var s = 0; s < seekers; s++)
        {
            rowStart[s] = providersList.Count;
            for (var p = 0; p < providers; p++)
            {
                var v = scores[(s * providers) + p];
                if (double.IsNegativeInfinity(v))
                {
                    continue;
                }

                providersList.Add(p);
                scoreList.Add(v);
            }
        }

        rowStart[seekers] = providersList.Count;
        return new CandidateGraph(
            demand ?? Enumerable.Repeat(1, seekers).ToArray(),
            capacity ?? Enumerable.Repeat(1, providers).ToArray(),
            rowStart,
            [.. providersList],
            [.. scoreList]);
    }

    private void Validate()
    {
        var problems = new List<ValidationProblem>();
        if (_rowStart.Length != _demand.Length + 1 || _rowStart[0] != 0 || _rowStart[^1] != _arcProvider.Length)
        {
            problems.Add(new("graph", "rowStart", $"must have seekers + 1 = {_demand.Length + 1} entries from 0 to the arc count {_arcProvider.Length}"));
            PeerLearningValidationException.ThrowIfAny(problems);
        }

        if (_arcScore.Length != _arcProvider.Length)
        {
            problems.Add(new("graph", "arcScore", $"must have one score per arc ({_arcProvider.Length}), had {_arcScore.Length}"));
            PeerLearningValidationException.ThrowIfAny(problems);
        }

        for (var s = 0; s < _demand.Length; s++)
        {
            if (_demand[s] < 0)
            {
                problems.Add(new($"seeker #{s}", "demand", $"must not be negative, was {_demand[s]}"));
            }
        }

        for (var p = 0; p < _capacity.Length; p++)
        {
            if (_capacity[p] < 0)
            {
                problems.Add(new($"provider #{p}", "capacity", $"must not be negative, was {_capacity[p]}"));
            }
        }

        var seen = new Dictionary<int, int>();
        for (var s = 0; s < _demand.Length; s++)
        {
            if (_rowStart[s + 1] < _rowStart[s])
            {
                problems.Add(new($"seeker #{s}", "rowStart", "must not decrease"));
                continue;
            }

            seen.Clear();
            for (var a = _rowStart[s]; a < _rowStart[s + 1]; a++)
            {
                _arcSeeker[a] = s;
                var p = _arcProvider[a];
                var score = _arcScore[a];
                if ((uint)p >= (uint)_capacity.Length)
                {
                    problems.Add(new($"seeker #{s}", $"arcs[{a}].provider", $"unknown provider index {p}"));
                }
                else if (!seen.TryAdd(p, a))
                {
                    problems.Add(new($"seeker #{s}", $"arcs[{a}].provider", $"provider #{p} is listed twice"));
                }

                if (double.IsNaN(score) || score < 0 || score > 100)
                {
                    problems.Add(new($"seeker #{s}", $"arcs[{a}].score", $"must be a number from 0 to 100, was {score}"));
                }
            }
        }

        PeerLearningValidationException.ThrowIfAny(problems);
    }
}
