namespace PeerLearning.Matching;

/// <summary>
/// Exact capacitated many-to-one (and k-per-seeker) assignment by cost-scaling push–relabel (Goldberg and
/// Tarjan), the method behind OR-Tools' <c>MinCostFlow</c>, and like its <c>SolveMaxFlowWithMinCost</c> in two steps:
/// first the most demand that can be served (<see cref="MaximumSeating"/>), then the cheapest flow of exactly that
/// much from a source through the seekers (capacity = demand), their candidate arcs (capacity 1, the pair's cost)
/// and the providers (capacity = seats) to the sink. That is the lexicographic objective — most demand served, then
/// the largest total score — without a huge "unassigned" cost, which would make the early scaling phases fight
/// long price wars. Costs are multiplied by the node count so that an ε = 1 optimal flow is exactly optimal.
/// Unlike successive shortest paths, the work does not grow with the number of people left unmatched, which is what
/// makes congested pools (popular mentors in everyone's top list) fast.
/// </summary>
internal sealed class CostScalingTransportation
{
    /// <summary>How much ε shrinks per refinement; 8–16 is the usual sweet spot.</summary>
    private const long Alpha = 10;

    /// <summary>Prices never get near this in practice; if they do, the solve stops instead of overflowing.</summary>
    private const long PriceLimit = long.MaxValue / 4;

    private readonly int _rows;
    private readonly int _cols;
    private readonly int _source;
    private readonly int _sink;
    private readonly int _nodes;

    // Residual arcs in compressed rows by tail; arc a and _mate[a] are the two directions of one network arc.
    private readonly int[] _first;
    private readonly int[] _head;
    private readonly int[] _mate;
    private readonly long[] _cost;
    private readonly int[] _residual;
    private readonly int[] _arcOfCandidate;

    private readonly long[] _price;
    private readonly long[] _excess;
    private readonly int[] _current;
    private readonly int[] _live;
    private readonly int[] _queue;
    private readonly bool[] _queued;
    private int _queueHead;
    private int _queueCount;

    private CostScalingTransportation(CandidateGraph graph, long units)
    {
        _rows = graph.SeekerCount;
        _cols = graph.ProviderCount;
        _source = _rows + _cols;
        _sink = _source + 1;
        _nodes = _sink + 1;
        var scale = (long)_nodes;

        // Degrees: a seeker has its candidate arcs and the way back to the source; a provider has its sink arc and
        // the reverse of every candidate arc into it; the source an arc to every seeker; the sink one from every provider.
        var degree = new int[_nodes + 1];
        for (var r = 0; r < _rows; r++)
        {
            degree[r] = graph.EndArc(r) - graph.FirstArc(r) + 1;
        }

        foreach (var p in graph.ArcProviders)
        {
            degree[_rows + p]++;
        }

        for (var p = 0; p < _cols; p++)
        {
            degree[_rows + p]++;
        }

        degree[_source] = _rows;
        degree[_sink] = _cols;
        _first = new int[_nodes + 1];
        for (var v = 0; v < _nodes; v++)
        {
            _first[v + 1] = _first[v] + degree[v];
        }

        var total = _first[_nodes];
        _head = new int[total];
        _mate = new int[total];
        _cost = new long[total];
        _residual = new int[total];
        _arcOfCandidate = new int[graph.ArcCount];
        var fill = (int[])_first.Clone();

        void Add(int tail, int head, int capacity, long cost, out int forward)
        {
            forward = fill[tail]++;
            var backward = fill[head]++;
            _head[forward] = head;
            _head[backward] = tail;
            _mate[forward] = backward;
            _mate[backward] = forward;
            _cost[forward] = cost;
            _cost[backward] = -cost;
            _residual[forward] = capacity;
        }

        // A provider's sink arc comes first in its list; the seekers it holds follow (see MoveToLive).
        for (var p = 0; p < _cols; p++)
        {
            Add(_rows + p, _sink, graph.CapacityOf(p), 0, out _);
        }

        for (var r = 0; r < _rows; r++)
        {
            for (var a = graph.FirstArc(r); a < graph.EndArc(r); a++)
            {
                Add(r, _rows + graph.ProviderOf(a), 1, ScoreCost.Of(graph.ScoreOf(a)) * scale, out _arcOfCandidate[a]);
            }

            Add(_source, r, graph.DemandOf(r), 0, out _);
        }

        _price = new long[_nodes];
        _excess = new long[_nodes];
        _excess[_source] = units;
        _excess[_sink] = -units;
        _current = new int[_nodes];
        _live = new int[_cols];
        _queue = new int[_nodes];
        _queued = new bool[_nodes];
    }

    /// <summary>Solves the graph; returns the chosen arcs in ascending order.</summary>
    public static int[] Solve(CandidateGraph graph, CancellationToken cancellationToken)
    {
        var units = MaximumSeating.Units(graph, cancellationToken);
        var solver = new CostScalingTransportation(graph, units);
        solver.Run(cancellationToken);
        var chosen = new List<int>();
        for (var a = 0; a < graph.ArcCount; a++)
        {
            if (solver._residual[solver._arcOfCandidate[a]] == 0)
            {
                chosen.Add(a);
            }
        }

        return [.. chosen];
    }

    private void Run(CancellationToken cancellationToken)
    {
        if (_excess[_source] == 0)
        {
            return;
        }

        long maxCost = 1;
        foreach (var c in _cost)
        {
            maxCost = Math.Max(maxCost, c);
        }

        var epsilon = maxCost;
        do
        {
            epsilon = Math.Max(1, epsilon / Alpha);
            Refine(epsilon, cancellationToken);
        }
        while (epsilon > 1);
    }

    private void Refine(long epsilon, CancellationToken cancellationToken)
    {
        // Make the flow 0-optimal for the current prices by saturating every arc with a negative reduced cost.
        for (var v = 0; v < _nodes; v++)
        {
            var pv = _price[v];
            var end = Scanned(v);
            for (var a = _first[v]; a < end;)
            {
                var delta = _residual[a];
                if (delta > 0 && _cost[a] + pv - _price[_head[a]] < 0)
                {
                    Push(v, a, delta);
                    if (IsProvider(v) && a != _first[v])
                    {
                        // The provider gave back a seeker: the arc left its live list, another one moved into slot a.
                        end--;
                        continue;
                    }
                }

                a++;
            }

            _current[v] = _first[v];
        }

        for (var v = 0; v < _nodes; v++)
        {
            if (_excess[v] > 0)
            {
                Enqueue(v);
            }
        }

        var steps = 0;
        while (_queueCount > 0)
        {
            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var v = _queue[_queueHead];
            _queueHead = _queueHead + 1 == _nodes ? 0 : _queueHead + 1;
            _queueCount--;
            _queued[v] = false;
            if (v >= _source)
            {
                DischargeHub(v, epsilon);
            }
            else
            {
                Discharge(v, epsilon);
            }
        }
    }

    private bool IsProvider(int v) => v >= _rows && v < _source;

    /// <summary>The end of the arcs worth scanning at <paramref name="v"/>: for a provider, its sink arc and live seekers.</summary>
    private int Scanned(int v) => IsProvider(v) ? _first[v] + 1 + _live[v - _rows] : _first[v + 1];

    /// <summary>
    /// Seekers and providers have few residual arcs (a seeker its candidates, a provider its sink arc and the seekers
    /// it holds), so one scan finds the cheapest: push along it, relabelling first when it is not admissible; after
    /// a seeker's push, lower its price to the next best arc at once (Goldberg and Kennedy's double push), which
    /// saves a scan when the unit comes back.
    /// </summary>
    private void Discharge(int v, long epsilon)
    {
        while (_excess[v] > 0)
        {
            var pv = _price[v];
            var end = Scanned(v);
            var bestArc = -1;
            var best = long.MaxValue;
            var second = long.MaxValue;
            for (var a = _first[v]; a < end; a++)
            {
                if (_residual[a] > 0)
                {
                    var rc = _cost[a] + pv - _price[_head[a]];
                    if (rc < best)
                    {
                        second = best;
                        best = rc;
                        bestArc = a;
                    }
                    else if (rc < second)
                    {
                        second = rc;
                    }
                }
            }

            if (bestArc < 0)
            {
                throw new InvalidOperationException($"node {v} has excess and no residual arc");
            }

            if (best >= 0)
            {
                SetPrice(v, pv - best - epsilon);
            }

            var delta = (int)Math.Min(_excess[v], _residual[bestArc]);
            var w = _head[bestArc];
            Push(v, bestArc, delta);
            if (_excess[w] > 0 && !_queued[w])
            {
                Enqueue(w);
            }

            if (_residual[bestArc] == 0 && second != long.MaxValue)
            {
                // The arc just filled was the only one at this price level; the next best sets the new price.
                var secondRc = second + (_price[v] - pv);
                if (secondRc >= 0)
                {
                    SetPrice(v, _price[v] - secondRc - epsilon);
                }
            }
        }
    }

    /// <summary>The source and the sink touch every seeker or provider: they keep a current-arc pointer instead.</summary>
    private void DischargeHub(int v, long epsilon)
    {
        var end = _first[v + 1];
        while (_excess[v] > 0)
        {
            var pv = _price[v];
            var a = _current[v];
            for (; a < end; a++)
            {
                if (_residual[a] > 0 && _cost[a] + pv - _price[_head[a]] < 0)
                {
                    break;
                }
            }

            if (a < end)
            {
                var delta = (int)Math.Min(_excess[v], _residual[a]);
                Push(v, a, delta);
                var w = _head[a];
                if (_excess[w] > 0 && !_queued[w])
                {
                    Enqueue(w);
                }

                _current[v] = a;
                continue;
            }

            RelabelHub(v, epsilon);
        }
    }

    private void RelabelHub(int v, long epsilon)
    {
        var best = long.MinValue;
        var bestArc = -1;
        for (var a = _first[v]; a < _first[v + 1]; a++)
        {
            if (_residual[a] > 0)
            {
                var candidate = _price[_head[a]] - _cost[a];
                if (candidate > best)
                {
                    best = candidate;
                    bestArc = a;
                }
            }
        }

        if (bestArc < 0)
        {
            throw new InvalidOperationException($"hub {v} has excess and no residual arc");
        }

        SetPrice(v, best - epsilon);
        _current[v] = bestArc;
    }

    private void SetPrice(int v, long price)
    {
        if (price < -PriceLimit)
        {
            throw new InvalidOperationException("cost-scaling prices left the safe range");
        }

        _price[v] = price;
    }

    private void Push(int v, int a, int delta)
    {
        var w = _head[a];
        var mate = _mate[a];
        _residual[a] -= delta;
        _residual[mate] += delta;
        _excess[v] -= delta;
        _excess[w] += delta;
        if (IsProvider(w) && v < _rows)
        {
            // A seeker took a seat: the provider's way back to it becomes live.
            MoveToLive(w - _rows, mate);
        }
        else if (IsProvider(v) && w < _rows)
        {
            // The provider gave the seat back.
            MoveToDead(v - _rows, a);
        }
    }

    private void MoveToLive(int p, int arc)
    {
        var slot = _first[_rows + p] + 1 + _live[p]++;
        Swap(arc, slot);
    }

    private void MoveToDead(int p, int arc)
    {
        var slot = _first[_rows + p] + _live[p]--;
        Swap(arc, slot);
    }

    /// <summary>Swaps two residual arcs of one provider's list, keeping their mates pointing at them.</summary>
    private void Swap(int x, int y)
    {
        if (x == y)
        {
            return;
        }

        (_head[x], _head[y]) = (_head[y], _head[x]);
        (_cost[x], _cost[y]) = (_cost[y], _cost[x]);
        (_residual[x], _residual[y]) = (_residual[y], _residual[x]);
        (_mate[x], _mate[y]) = (_mate[y], _mate[x]);
        _mate[_mate[x]] = x;
        _mate[_mate[y]] = y;
    }

    private void Enqueue(int v)
    {
        var tail = _queueHead + _queueCount;
        _queue[tail >= _nodes ? tail - _nodes : tail] = v;
        _queueCount++;
        _queued[v] = true;
    }
}
