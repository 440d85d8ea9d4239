namespace PeerLearning.Matching;

/// <summary>Entry and exit times of a depth-first walk of the management forest: a is above b iff a's interval contains b's.</summary>
internal static class ManagementTree
{
    public static (int[] Tin, int[] Tout) EulerTour(IReadOnlyList<Participant> population)
    {
        var n = population.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index.TryAdd(population[i].Id, i);
        }

        var childStart = new int[n + 1];
        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = population[i].ManagerId is { } m && index.TryGetValue(m, out var pi) && pi != i ? pi : -1;
            if (parent[i] >= 0)
            {
                childStart[parent[i] + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var children = new int[childStart[n]];
        var fill = childStart[..n];
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                children[fill[parent[i]]++] = i;
            }
        }

        var tin = new int[n];
        var tout = new int[n];
        var visited = new bool[n];
        var clock = 0;
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < n; root++)
        {
            // Roots first; people in a (validator-rejected) cycle are walked from wherever they are met.
            if (visited[root] || (parent[root] >= 0 && !InCycle(root, parent)))
            {
                continue;
            }

            visited[root] = true;
            tin[root] = clock++;
            stack.Push((root, childStart[root]));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < childStart[node + 1])
                {
                    stack.Push((node, next + 1));
                    var child = children[next];
                    if (!visited[child])
                    {
                        visited[child] = true;
                        tin[child] = clock++;
                        stack.Push((child, childStart[child]));
                    }
                }
                else
                {
                    tout[node] = clock++;
                }
            }
        }

        return (tin, tout);
    }

    private static bool InCycle(int start, int[] parent)
    {
        var slow = start;
        var fast = start;
        while (fast >= 0 && parent[fast] >= 0)
        {
            slow = parent[slow];
            fast = parent[parent[fast]];
            if (slow == fast)
            {
                return true;
            }
        }

        return false;
    }
}
