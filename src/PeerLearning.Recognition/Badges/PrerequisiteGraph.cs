namespace PeerLearning.Recognition;

/// <summary>
/// Which badges require which (earned-badge criteria, inside ALL/ANY too), and the cycles among them. A badge in a
/// cycle could never be earned first, and evaluating it would chase itself, so a rule set with one is rejected.
/// </summary>
internal static class PrerequisiteGraph
{
    /// <summary>
    /// One problem per group of mutually dependent badges (a strongly connected component with two or more badges):
    /// on the group's first badge in file order, at the field of its prerequisite that starts the cycle, naming the
    /// badges of a shortest cycle through it and every badge of the group. Self-requirements and unknown badges are
    /// reported elsewhere and skipped here.
    /// </summary>
    /// <param name="badges">The badges, in file order.</param>
    /// <returns>The problems, in file order of the groups' first badges.</returns>
    public static IReadOnlyList<ValidationProblem> FindCycles(IReadOnlyList<BadgeDefinition> badges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < badges.Count; i++)
        {
            index.TryAdd(badges[i].Id, i);
        }

        // Edges in file order of the criteria: (required badge, field path of the criterion).
        var edges = new List<(int To, string Field)>[badges.Count];
        for (var i = 0; i < badges.Count; i++)
        {
            edges[i] = [];
            Collect(badges[i].Criteria, "criteria", i, index, edges[i]);
        }

        var problems = new List<ValidationProblem>();
        foreach (var group in StronglyConnected(edges).Where(g => g.Count > 1).OrderBy(g => g.Min()))
        {
            var members = group.ToHashSet();
            var start = group.Min();
            var (cycle, field) = ShortestCycle(start, edges, members);
            var names = string.Join(" -> ", cycle.Select(b => badges[b].Id));
            var others = group.Count > cycle.Count - 1
                ? $"; mutually dependent badges: {string.Join(", ", group.Order().Select(b => badges[b].Id))}"
                : string.Empty;
            problems.Add(new(badges[start].Id, field, $"prerequisites form a cycle: {names}{others}; no badge in it can be earned first"));
        }

        return problems;
    }

    private static void Collect(BadgeCriterion criterion, string path, int self, Dictionary<string, int> index, List<(int To, string Field)> edges)
    {
        switch (criterion)
        {
            case PrerequisiteBadgeCriterion p when index.TryGetValue(p.BadgeId, out var to) && to != self:
                edges.Add((to, path + ".badgeId"));
                break;
            case AllOfCriterion all:
                for (var i = 0; i < all.Criteria.Count; i++)
                {
                    Collect(all.Criteria[i], $"{path}.criteria[{i}]", self, index, edges);
                }

                break;
            case AnyOfCriterion any:
                for (var i = 0; i < any.Criteria.Count; i++)
                {
                    Collect(any.Criteria[i], $"{path}.criteria[{i}]", self, index, edges);
                }

                break;
        }
    }

    /// <summary>A shortest cycle from <paramref name="start"/> back to it inside <paramref name="members"/> (breadth first), and the field of its first edge.</summary>
    private static (List<int> Cycle, string Field) ShortestCycle(int start, List<(int To, string Field)>[] edges, HashSet<int> members)
    {
        var parent = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var last = -1;
        while (queue.Count > 0 && last < 0)
        {
            var node = queue.Dequeue();
            foreach (var (to, _) in edges[node])
            {
                if (!members.Contains(to))
                {
                    continue;
                }

                if (to == start)
                {
                    last = node;
                    break;
                }

                if (parent.TryAdd(to, node))
                {
                    queue.Enqueue(to);
                }
            }
        }

        // Walk back from the badge that requires the start to the start, then close the cycle.
        var cycle = new List<int> { start };
        for (var node = last; node != start; node = parent[node])
        {
            cycle.Insert(1, node);
        }

        cycle.Add(start);
        var second = cycle[1];
        var field = edges[start].First(e => e.To == second).Field;
        return (cycle, field);
    }

    /// <summary>Tarjan's strongly connected components, iteratively (no recursion depth limit on long chains).</summary>
    private static List<List<int>> StronglyConnected(List<(int To, string Field)>[] edges)
    {
        var n = edges.Length;
        var order = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        Array.Fill(order, -1);
        var stack = new Stack<int>();
        var groups = new List<List<int>>();
        var counter = 0;
        var work = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < n; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            order[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (work.Count > 0)
            {
                var (node, edge) = work.Pop();
                if (edge < edges[node].Count)
                {
                    work.Push((node, edge + 1));
                    var to = edges[node][edge].To;
                    if (order[to] < 0)
                    {
                        order[to] = low[to] = counter++;
                        stack.Push(to);
                        onStack[to] = true;
                        work.Push((to, 0));
                    }
                    else if (onStack[to])
                    {
                        low[node] = Math.Min(low[node], order[to]);
                    }

                    continue;
                }

                // Node finished: pass its low link up, and pop its component when it is the root of one.
                if (work.Count > 0)
                {
                    var caller = work.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[node]);
                }

                if (low[node] == order[node])
                {
                    var group = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        group.Add(member);
                    }
                    while (member != node);
                    groups.Add(group);
                }
            }
        }

        return groups;
    }
}
