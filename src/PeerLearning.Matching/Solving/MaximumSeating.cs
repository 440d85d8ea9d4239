namespace PeerLearning.Matching;

/// <summary>
/// The largest number of demand units a candidate graph can serve (a maximum b-matching), by Hopcroft and Karp's
/// phases: a greedy start, then rounds of one breadth-first layering from every seeker with open demand and
/// depth-first augmentation along the layers. O(E √V). The min-cost solver needs this number first so that it can
/// route exactly that much flow instead of pricing "unassigned" with a huge cost.
/// </summary>
internal sealed class MaximumSeating
{
    private readonly CandidateGraph _g;
    private readonly bool[] _matched;
    private readonly int[] _served;
    private readonly int[] _load;
    private readonly int[] _slotStart;
    private readonly int[] _slots;
    private readonly int[] _slotOfArc;
    private readonly int[] _level;
    private readonly int[] _nextArc;

    private MaximumSeating(CandidateGraph graph)
    {
        _g = graph;
        _matched = new bool[graph.ArcCount];
        _served = new int[graph.SeekerCount];
        _load = new int[graph.ProviderCount];
        _slotOfArc = new int[graph.ArcCount];
        _level = new int[graph.SeekerCount];
        _nextArc = new int[graph.SeekerCount];
        var incoming = new int[graph.ProviderCount];
        foreach (var p in graph.ArcProviders)
        {
            incoming[p]++;
        }

        _slotStart = new int[graph.ProviderCount + 1];
        for (var p = 0; p < graph.ProviderCount; p++)
        {
            _slotStart[p + 1] = _slotStart[p] + Math.Min(incoming[p], graph.CapacityOf(p));
        }

        _slots = new int[_slotStart[graph.ProviderCount]];
    }

    /// <summary>The most demand units that can be served at once.</summary>
    public static long Units(CandidateGraph graph, CancellationToken cancellationToken)
    {
        var seating = new MaximumSeating(graph);
        return seating.Run(cancellationToken);
    }

    private long Run(CancellationToken cancellationToken)
    {
        long units = 0;
        for (var r = 0; r < _g.SeekerCount; r++)
        {
            for (var a = _g.FirstArc(r); a < _g.EndArc(r) && _served[r] < _g.DemandOf(r); a++)
            {
                if (HasSeat(_g.ProviderOf(a)))
                {
                    Match(a);
                    units++;
                }
            }
        }

        var queue = new int[_g.SeekerCount];
        var stack = new List<int>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Layer(queue))
            {
                return units;
            }

            for (var r = 0; r < _g.SeekerCount; r++)
            {
                _nextArc[r] = _g.FirstArc(r);
            }

            for (var r = 0; r < _g.SeekerCount; r++)
            {
                while (_served[r] < _g.DemandOf(r) && _level[r] == 0 && Augment(r, stack))
                {
                    units++;
                }
            }
        }
    }

    /// <summary>Levels seekers by alternating distance from those with open demand; true when some free seat is reachable.</summary>
    private bool Layer(int[] queue)
    {
        Array.Fill(_level, -1);
        int head = 0, tail = 0;
        for (var r = 0; r < _g.SeekerCount; r++)
        {
            if (_served[r] < _g.DemandOf(r))
            {
                _level[r] = 0;
                queue[tail++] = r;
            }
        }

        var found = int.MaxValue;
        while (head < tail)
        {
            var r = queue[head++];
            if (_level[r] >= found)
            {
                break;
            }

            for (var a = _g.FirstArc(r); a < _g.EndArc(r); a++)
            {
                if (_matched[a])
                {
                    continue;
                }

                var p = _g.ProviderOf(a);
                if (HasSeat(p))
                {
                    found = _level[r];
                    continue;
                }

                for (var s = _slotStart[p]; s < _slotStart[p] + _load[p]; s++)
                {
                    var holder = _g.SeekerOf(_slots[s]);
                    if (_level[holder] < 0)
                    {
                        _level[holder] = _level[r] + 1;
                        queue[tail++] = holder;
                    }
                }
            }
        }

        return found != int.MaxValue;
    }

    /// <summary>One augmenting path from <paramref name="root"/> along the layers, without recursion.</summary>
    private bool Augment(int root, List<int> path)
    {
        // path holds the arcs taken: seeker --arc--> provider, then the provider's holder continues.
        path.Clear();
        var r = root;
        while (true)
        {
            var advanced = false;
            for (; _nextArc[r] < _g.EndArc(r); _nextArc[r]++)
            {
                var a = _nextArc[r];
                if (_matched[a])
                {
                    continue;
                }

                var p = _g.ProviderOf(a);
                if (HasSeat(p))
                {
                    // Flip the path: each provider on it drops its holder and takes the seeker before.
                    Match(a);
                    for (var i = path.Count - 1; i >= 0; i -= 2)
                    {
                        Unmatch(path[i]);
                        Match(path[i - 1]);
                    }

                    _nextArc[r]++;
                    return true;
                }

                var next = -1;
                for (var s = _slotStart[p]; s < _slotStart[p] + _load[p]; s++)
                {
                    var held = _slots[s];
                    var holder = _g.SeekerOf(held);
                    if (_level[holder] == _level[r] + 1)
                    {
                        path.Add(a);
                        path.Add(held);
                        next = holder;
                        break;
                    }
                }

                if (next >= 0)
                {
                    r = next;
                    advanced = true;
                    break;
                }
            }

            if (advanced)
            {
                continue;
            }

            // Dead end: retire the seeker from this phase and step back; the seeker before retries the same arc,
            // whose provider may have another holder on the next layer.
            _level[r] = -1;
            if (path.Count == 0)
            {
                return false;
            }

            path.RemoveAt(path.Count - 1);
            var from = path[^1];
            path.RemoveAt(path.Count - 1);
            r = _g.SeekerOf(from);
        }
    }

    private bool HasSeat(int p) => _load[p] < _g.CapacityOf(p) && _load[p] < _slotStart[p + 1] - _slotStart[p];

    private void Match(int arc)
    {
        var p = _g.ProviderOf(arc);
        var slot = _slotStart[p] + _load[p];
        _slots[slot] = arc;
        _slotOfArc[arc] = slot;
        _load[p]++;
        _matched[arc] = true;
        _served[_g.SeekerOf(arc)]++;
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
        _served[_g.SeekerOf(arc)]--;
    }
}
