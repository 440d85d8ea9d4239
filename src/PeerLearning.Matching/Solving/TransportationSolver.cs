namespace PeerLearning.Matching;

/// <summary>
/// Exact capacitated many-to-one (and many-to-many with unit pairs) assignment by successive shortest paths
/// with node potentials on the sparse candidate graph. Each unit of seeker demand is routed by a Dijkstra search
/// (reduced costs stay non-negative) that stops at the first provider with spare capacity, so early searches
/// touch only a seeker's own arcs. An implicit "unassigned" provider with cost <see cref="ScoreCost.Unassigned"/>
/// per unit makes every search succeed and gives the lexicographic objective: most demand served, then the
/// largest total score.
/// </summary>
internal sealed class TransportationSolver
{
    private readonly CandidateGraph _g;
    private readonly long[] _cost;
    private readonly long _unassignedCost;
    private readonly int _rows;
    private readonly int _cols;
    private readonly int _dummy;
    private readonly long[] _pi;
    private readonly long[] _dist;
    private readonly int[] _stamp;
    private readonly int[] _doneStamp;
    private readonly int[] _pred;
    private readonly bool[] _matched;
    private readonly int[] _load;
    private readonly int[] _slotStart;
    private readonly int[] _slots;
    private readonly int[] _slotOfArc;
    private readonly bool[] _started;
    private readonly List<int> _done = [];
    private readonly PriorityQueue<int, long> _heap = new();
    private int _iteration;

    private TransportationSolver(CandidateGraph graph, long[] arcCosts)
    {
        _g = graph;
        _cost = arcCosts;
        _rows = graph.SeekerCount;
        _cols = graph.ProviderCount;
        _dummy = _rows + _cols;
        _unassignedCost = ScoreCost.Unassigned(Math.Max(1, graph.TotalDemand));
        var nodes = _rows + _cols + 1;
        _pi = new long[nodes];
        _dist = new long[nodes];
        _stamp = new int[nodes];
        _doneStamp = new int[nodes];
        _pred = new int[nodes];
        _matched = new bool[graph.ArcCount];
        _slotOfArc = new int[graph.ArcCount];
        _load = new int[_cols];
        _started = new bool[_rows];

        // A provider never holds more than min(capacity, incoming arcs) seekers.
        var incoming = new int[_cols];
        foreach (var p in graph.ArcProviders)
        {
            incoming[p]++;
        }

        _slotStart = new int[_cols + 1];
        for (var p = 0; p < _cols; p++)
        {
            _slotStart[p + 1] = _slotStart[p] + Math.Min(incoming[p], graph.CapacityOf(p));
        }

        _slots = new int[_slotStart[_cols]];
    }

    /// <summary>Solves the graph; returns the chosen arcs in ascending order.</summary>
    public static int[] Solve(CandidateGraph graph, CancellationToken cancellationToken) =>
        Solve(graph, ScoreCost.ArcCosts(graph), cancellationToken);

    /// <summary>Solves the graph with explicit non-negative arc costs; returns the chosen arcs in ascending order.</summary>
    public static int[] Solve(CandidateGraph graph, long[] arcCosts, CancellationToken cancellationToken)
    {
        var solver = new TransportationSolver(graph, arcCosts);
        solver.Run(cancellationToken);
        var chosen = new List<int>();
        for (var a = 0; a < solver._matched.Length; a++)
        {
            if (solver._matched[a])
            {
                chosen.Add(a);
            }
        }

        return [.. chosen];
    }

    private void Run(CancellationToken cancellationToken)
    {
        for (var r = 0; r < _rows; r++)
        {
            var demand = _g.DemandOf(r);
            var arcs = _g.EndArc(r) - _g.FirstArc(r);
            for (var unit = 0; unit < demand; unit++)
            {
                if ((r & 63) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Units beyond the seeker's arcs can only go unassigned; no search needed.
                if (unit >= arcs)
                {
                    break;
                }

                if (!Augment(r))
                {
                    break;
                }
            }
        }
    }

    private void StartRow(int r)
    {
        // Choose the row potential so every arc out of the fresh row has a non-negative reduced cost.
        var best = _pi[_dummy] - _unassignedCost;
        for (var a = _g.FirstArc(r); a < _g.EndArc(r); a++)
        {
            var v = _pi[_rows + _g.ProviderOf(a)] - _cost[a];
            if (v > best)
            {
                best = v;
            }
        }

        _pi[r] = best;
        _started[r] = true;
    }

    /// <summary>Routes one unit of demand from row <paramref name="r"/>; false when the unit went unassigned.</summary>
    private bool Augment(int r)
    {
        if (!_started[r])
        {
            StartRow(r);
        }

        if (TryDirect(r))
        {
            return true;
        }

        _iteration++;
        var it = _iteration;
        _done.Clear();
        _heap.Clear();
        Relax(r, 0, -1);
        var terminal = -1;
        while (_heap.TryDequeue(out var v, out var d))
        {
            if (_doneStamp[v] == it || d > _dist[v])
            {
                continue;
            }

            _doneStamp[v] = it;
            _done.Add(v);
            if (v == _dummy)
            {
                terminal = v;
                break;
            }

            if (v < _rows)
            {
                var piV = _pi[v];
                for (var a = _g.FirstArc(v); a < _g.EndArc(v); a++)
                {
                    if (_matched[a])
                    {
                        continue;
                    }

                    var col = _rows + _g.ProviderOf(a);
                    if (_doneStamp[col] == it)
                    {
                        continue;
                    }

                    Relax(col, d + _cost[a] + piV - _pi[col], a);
                }

                if (_doneStamp[_dummy] != it)
                {
                    Relax(_dummy, d + _unassignedCost + piV - _pi[_dummy], v);
                }
            }
            else
            {
                var p = v - _rows;
                if (_load[p] < _g.CapacityOf(p))
                {
                    terminal = v;
                    break;
                }

                var piV = _pi[v];
                for (var s = _slotStart[p]; s < _slotStart[p] + _load[p]; s++)
                {
                    var a = _slots[s];
                    var row = _g.SeekerOf(a);
                    if (_doneStamp[row] == it)
                    {
                        continue;
                    }

                    Relax(row, d - _cost[a] + piV - _pi[row], a);
                }
            }
        }

        var total = _dist[terminal];
        foreach (var v in _done)
        {
            _pi[v] += _dist[v] - total;
        }

        if (terminal == _dummy)
        {
            // The path ends by leaving some row's unit unassigned; shift the chain so row r is served instead.
            var row = _pred[_dummy];
            if (row == r)
            {
                return false;
            }

            UnwindFrom(row, r);
            return true;
        }

        var arc = _pred[terminal];
        Match(arc);
        UnwindFrom(_g.SeekerOf(arc), r);
        return true;
    }

    /// <summary>
    /// The one-hop case without a heap: when the row's cheapest reduced-cost arc leads to a provider with spare
    /// capacity, that arc is the shortest path (every other path starts at least as long and only grows).
    /// </summary>
    private bool TryDirect(int r)
    {
        var piR = _pi[r];
        var best = -1;
        var bestCost = _unassignedCost + piR - _pi[_dummy];
        for (var a = _g.FirstArc(r); a < _g.EndArc(r); a++)
        {
            if (_matched[a])
            {
                continue;
            }

            var rc = _cost[a] + piR - _pi[_rows + _g.ProviderOf(a)];
            if (rc < bestCost)
            {
                bestCost = rc;
                best = a;
            }
        }

        if (best < 0 || _load[_g.ProviderOf(best)] >= _g.CapacityOf(_g.ProviderOf(best)))
        {
            return false;
        }

        // Dijkstra would finish the row at distance 0 and the provider at bestCost: shift the row's potential.
        _pi[r] -= bestCost;
        Match(best);
        return true;
    }

    private void UnwindFrom(int row, int source)
    {
        while (row != source)
        {
            // The row was reached by taking away one of its matched arcs (backward); it gains the arc before.
            var lost = _pred[row];
            var col = _rows + _g.ProviderOf(lost);
            Unmatch(lost);
            var gained = _pred[col];
            Match(gained);
            row = _g.SeekerOf(gained);
        }
    }

    private void Relax(int node, long d, int pred)
    {
        if (_stamp[node] != _iteration || d < _dist[node])
        {
            _stamp[node] = _iteration;
            _dist[node] = d;
            _pred[node] = pred;
            _heap.Enqueue(node, d);
        }
    }

    private void Match(int arc)
    {
        var p = _g.ProviderOf(arc);
        var slot = _slotStart[p] + _load[p];
        _slots[slot] = arc;
        _slotOfArc[arc] = slot;
        _load[p]++;
        _matched[arc] = true;
    }

    private void Unmatch(int arc)
    {
        var p = _g.ProviderOf(arc);
        var slot = _slotOfArc[arc];
        var last = _slotStart[p] + _load[p] - 1;
        var moved = _slots[last];
        _slots[slot] = moved;
        _slotOfArc[moved] = slot;
        _load[p]--;
        _matched[arc] = false;
    }
}
