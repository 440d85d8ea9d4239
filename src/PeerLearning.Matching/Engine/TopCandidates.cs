namespace PeerLearning.Matching;

/// <summary>Keeps the k best feasible providers of a row with a bounded min-heap: O(n log k), no full sort.</summary>
internal static class TopCandidates
{
    /// <summary>The best <paramref name="k"/> feasible entries, ordered by provider index; ties prefer the lower index.</summary>
    public static (int[] Providers, double[] Scores) Select(ReadOnlySpan<double> scores, ReadOnlySpan<ConstraintKind> violations, int k, int n)
    {
        if (k <= 0)
        {
            return ([], []);
        }

        var heap = new int[k];
        var size = 0;
        for (var p = 0; p < n; p++)
        {
            if (violations[p] != ConstraintKind.None)
            {
                continue;
            }

            if (size < k)
            {
                heap[size] = p;
                Up(heap, size++, scores);
            }
            else if (Better(p, heap[0], scores))
            {
                heap[0] = p;
                Down(heap, size, scores);
            }
        }

        var providers = heap[..size];
        Array.Sort(providers);
        var kept = new double[size];
        for (var i = 0; i < size; i++)
        {
            kept[i] = scores[providers[i]];
        }

        return (providers, kept);
    }

    private static bool Better(int a, int b, ReadOnlySpan<double> scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    private static void Up(int[] heap, int i, ReadOnlySpan<double> scores)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent], heap[i], scores))
            {
                break;
            }

            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private static void Down(int[] heap, int size, ReadOnlySpan<double> scores)
    {
        var i = 0;
        while (true)
        {
            var l = (2 * i) + 1;
            var r = l + 1;
            var worst = i;
            if (l < size && Better(heap[worst], heap[l], scores))
            {
                worst = l;
            }

            if (r < size && Better(heap[worst], heap[r], scores))
            {
                worst = r;
            }

            if (worst == i)
            {
                return;
            }

            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
