namespace PeerLearning.Assessment.Assignment;

/// <summary>
/// Minimum-cost maximum flow by the primal–dual method: Dijkstra with potentials finds the shortest distance, then a
/// Dinic-style blocking flow saturates every shortest path at once (edges of zero reduced cost). Integer capacities and
/// non-negative integer costs; the result is integral and optimal (the constraint matrix is totally unimodular).
/// </summary>
internal sealed class MinCostFlow
{
    private const long Infinity = long.MaxValue / 4;
    private readonly int _nodes;
    private readonly List<int> _to = [];
    private readonly List<int> _next = [];
    private readonly List<long> _cap = [];
    private readonly List<long> _cost = [];
    private readonly int[] _head;

    public MinCostFlow(int nodes)
    {
        _nodes = nodes;
        _head = new int[nodes];
        Array.Fill(_head, -1);
    }

    public int AddEdge(int from, int to, long capacity, long cost)
    {
        var e = _to.Count;
        Add(from, to, capacity, cost);
        Add(to, from, 0, -cost);
        return e;
    }

    /// <summary>The flow on edge <paramref name="edge"/> (as returned by <see cref="AddEdge"/>).</summary>
    public long Flow(int edge) => _cap[edge ^ 1];

    public (long Flow, long Cost) Run(int source, int sink)
    {
        var to = _to.ToArray();
        var next = _next.ToArray();
        var cap = _cap.ToArray();
        var cost = _cost.ToArray();
        var potential = new long[_nodes];
        var dist = new long[_nodes];
        var level = new int[_nodes];
        var current = new int[_nodes];
        var queue = new int[_nodes];
        var path = new int[_nodes];
        long flow = 0, total = 0;
        var heap = new PriorityQueue<int, long>();
        while (true)
        {
            // Shortest distances in reduced costs.
            Array.Fill(dist, Infinity);
            dist[source] = 0;
            heap.Clear();
            heap.Enqueue(source, 0);
            while (heap.TryDequeue(out var u, out var d))
            {
                if (d > dist[u])
                {
                    continue;
                }

                for (var e = _head[u]; e != -1; e = next[e])
                {
                    if (cap[e] <= 0)
                    {
                        continue;
                    }

                    var v = to[e];
                    var nd = d + cost[e] + potential[u] - potential[v];
                    if (nd < dist[v])
                    {
                        dist[v] = nd;
                        heap.Enqueue(v, nd);
                    }
                }
            }

            if (dist[sink] >= Infinity)
            {
                break;
            }

            var bound = dist[sink];
            for (var v = 0; v < _nodes; v++)
            {
                potential[v] += Math.Min(dist[v], bound);
            }

            // Blocking flows on the admissible graph (residual edges of zero reduced cost).
            while (true)
            {
                Array.Fill(level, -1);
                level[source] = 0;
                int qh = 0, qt = 0;
                queue[qt++] = source;
                while (qh < qt)
                {
                    var u = queue[qh++];
                    for (var e = _head[u]; e != -1; e = next[e])
                    {
                        var v = to[e];
                        if (cap[e] > 0 && level[v] < 0 && cost[e] + potential[u] - potential[v] == 0)
                        {
                            level[v] = level[u] + 1;
                            queue[qt++] = v;
                        }
                    }
                }

                if (level[sink] < 0)
                {
                    break;
                }

                Array.Copy(_head, current, _nodes);
                while (true)
                {
                    // Walk one augmenting path along current arcs; retreat from dead ends.
                    var depth = 0;
                    var node = source;
                    while (node != sink)
                    {
                        var e = current[node];
                        while (e != -1)
                        {
                            var v = to[e];
                            if (cap[e] > 0 && level[v] == level[node] + 1 && cost[e] + potential[node] - potential[v] == 0)
                            {
                                break;
                            }

                            e = next[e];
                        }

                        current[node] = e;
                        if (e == -1)
                        {
                            level[node] = -1;
                            if (depth == 0)
                            {
                                break;
                            }

                            depth--;
                            node = to[path[depth] ^ 1];
                            current[node] = next[current[node]];
                            continue;
                        }

                        path[depth++] = e;
                        node = to[e];
                    }

                    if (node != sink)
                    {
                        break;
                    }

                    var push = long.MaxValue;
                    for (var i = 0; i < depth; i++)
                    {
                        push = Math.Min(push, cap[path[i]]);
                    }

                    for (var i = 0; i < depth; i++)
                    {
                        cap[path[i]] -= push;
                        cap[path[i] ^ 1] += push;
                        total += push * cost[path[i]];
                    }

                    flow += push;
                }
            }
        }

        for (var e = 0; e < cap.Length; e++)
        {
            _cap[e] = cap[e];
        }

        return (flow, total);
    }

    private void Add(int from, int to, long capacity, long cost)
    {
        _to.Add(to);
        _cap.Add(capacity);
        _cost.Add(cost);
        _next.Add(_head[from]);
        _head[from] = _to.Count - 1;
    }
}
