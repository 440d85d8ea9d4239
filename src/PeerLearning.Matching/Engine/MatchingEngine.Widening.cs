namespace PeerLearning.Matching;

/// <content>Capacity-aware top-k: more candidates for seekers a solve left short, among providers with seats left.</content>
public sealed partial class MatchingEngine
{
    /// <summary>
    /// The candidate set with up to k more arcs for every seeker who is short of providers and whose list was cut,
    /// taken from the providers that still have seats after <paramref name="chosen"/>; null when there is nothing to
    /// add. Supplied preferences pin the candidate lists, so they turn widening off.
    /// </summary>
    private CandidateSet? Widen(CandidateSet set, IReadOnlyList<int> chosen, CancellationToken cancellationToken)
    {
        var g = set.Graph;
        var k = _options.CandidatesPerSeeker;
        if (k == 0 || set.Request.SeekerPreferences.Count > 0 || set.Request.ProviderPreferences.Count > 0)
        {
            return null;
        }

        var served = new int[g.SeekerCount];
        var load = new int[g.ProviderCount];
        foreach (var a in chosen)
        {
            served[g.SeekerOf(a)]++;
            load[g.ProviderOf(a)]++;
        }

        var open = new int[g.ProviderCount];
        long openSeats = 0;
        for (var p = 0; p < open.Length; p++)
        {
            open[p] = Math.Max(0, g.CapacityOf(p) - load[p]);
            openSeats += open[p];
        }

        var shortRows = new List<int>();
        for (var s = 0; s < g.SeekerCount && openSeats > 0; s++)
        {
            if (served[s] < g.DemandOf(s) && g.EndArc(s) - g.FirstArc(s) < set.SeekerFeasible[s])
            {
                shortRows.Add(s);
            }
        }

        if (shortRows.Count == 0)
        {
            return null;
        }

        var pinnedBySeeker = set.Pinned.ToLookup(x => x.Seeker, x => x.Provider);
        var added = new (int[] Providers, double[] Scores)[shortRows.Count];
        var nP = g.ProviderCount;
        Parallel.For(
            0,
            shortRows.Count,
            Parallelism(cancellationToken),
            () => new RowBuffers(nP),
            (i, _, buf) =>
            {
                var s = shortRows[i];
                set.Scorer.ScoreRow(s, buf.Scores, buf.Values, buf.Violations);

                // Only seats still open, and never a pair the seeker already has or is pinned to.
                for (var p = 0; p < nP; p++)
                {
                    if (open[p] == 0)
                    {
                        buf.Violations[p] = ConstraintKind.SamePerson;
                    }
                }

                for (var a = g.FirstArc(s); a < g.EndArc(s); a++)
                {
                    buf.Violations[g.ProviderOf(a)] = ConstraintKind.SamePerson;
                }

                foreach (var p in pinnedBySeeker[s])
                {
                    buf.Violations[p] = ConstraintKind.SamePerson;
                }

                added[i] = TopCandidates.Select(buf.Scores, buf.Violations, 2 * k, nP);
                return buf;
            },
            _ => { });

        Spread(added, k, openSeats, open);

        var extra = 0;
        foreach (var (providers, _) in added)
        {
            extra += providers.Length;
        }

        if (extra == 0)
        {
            return null;
        }

        var rowStart = new int[g.SeekerCount + 1];
        var arcProvider = new int[g.ArcCount + extra];
        var arcScore = new double[arcProvider.Length];
        var demand = new int[g.SeekerCount];
        var capacity = new int[g.ProviderCount];
        for (var p = 0; p < capacity.Length; p++)
        {
            capacity[p] = g.CapacityOf(p);
        }

        var next = 0;
        var truncated = 0;
        for (int s = 0, i = 0; s < g.SeekerCount; s++)
        {
            rowStart[s] = next;
            demand[s] = g.DemandOf(s);
            for (var a = g.FirstArc(s); a < g.EndArc(s); a++)
            {
                arcProvider[next] = g.ProviderOf(a);
                arcScore[next++] = g.ScoreOf(a);
            }

            if (i < shortRows.Count && shortRows[i] == s)
            {
                var (providers, scores) = added[i++];
                providers.CopyTo(arcProvider, next);
                scores.CopyTo(arcScore, next);
                next += providers.Length;
            }

            if (demand[s] > 0 && next - rowStart[s] < set.SeekerFeasible[s])
            {
                truncated++;
            }
        }

        rowStart[g.SeekerCount] = next;
        return set with
        {
            Graph = new CandidateGraph(demand, capacity, rowStart, arcProvider, arcScore),
            Pruning = set.Pruning with { KeptPairs = next, SeekersTruncated = truncated },
        };
    }

    /// <summary>
    /// Keeps at most <paramref name="k"/> of each short seeker's 2k best open providers, so that no open seat is
    /// offered far more often than the others: every seat gets a quota of offers (short seekers × k ÷ open seats,
    /// rounded up), and offers go out rank by rank, seekers in index order. Without it the short seekers' lists crowd
    /// onto the same few open providers again, and the next solve leaves most of them short once more.
    /// </summary>
    private static void Spread((int[] Providers, double[] Scores)[] lists, int k, long openSeats, int[] open)
    {
        var perSeat = Math.Max(1, (((long)lists.Length * k) + openSeats - 1) / openSeats);
        var quota = new long[open.Length];
        for (var p = 0; p < quota.Length; p++)
        {
            quota[p] = open[p] * perSeat;
        }

        var ranked = new int[lists.Length][];
        for (var i = 0; i < lists.Length; i++)
        {
            var (providers, scores) = lists[i];
            var order = new int[providers.Length];
            for (var j = 0; j < order.Length; j++)
            {
                order[j] = j;
            }

            // Best first; ties by provider index, as the top-k selection breaks them.
            Array.Sort(order, (x, y) =>
            {
                var byScore = scores[y].CompareTo(scores[x]);
                return byScore != 0 ? byScore : providers[x].CompareTo(providers[y]);
            });
            ranked[i] = order;
        }

        var keep = new List<int>[lists.Length];
        for (var i = 0; i < lists.Length; i++)
        {
            keep[i] = new List<int>(Math.Min(k, lists[i].Providers.Length));
        }

        for (var rank = 0; rank < 2 * k; rank++)
        {
            for (var i = 0; i < lists.Length; i++)
            {
                if (rank >= ranked[i].Length || keep[i].Count >= k)
                {
                    continue;
                }

                var j = ranked[i][rank];
                var p = lists[i].Providers[j];
                if (quota[p] > 0)
                {
                    quota[p]--;
                    keep[i].Add(j);
                }
            }
        }

        for (var i = 0; i < lists.Length; i++)
        {
            var kept = keep[i];
            kept.Sort();
            lists[i] = ([.. kept.Select(j => lists[i].Providers[j])], [.. kept.Select(j => lists[i].Scores[j])]);
        }
    }
}
