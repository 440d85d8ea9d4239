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

        var hasSeat = new bool[g.ProviderCount];
        var anySeat = false;
        for (var p = 0; p < hasSeat.Length; p++)
        {
            hasSeat[p] = load[p] < g.CapacityOf(p);
            anySeat |= hasSeat[p];
        }

        var shortRows = new List<int>();
        for (var s = 0; s < g.SeekerCount && anySeat; s++)
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
            new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism > 0 ? _options.MaxDegreeOfParallelism : Environment.ProcessorCount,
            },
            () => new RowBuffers(nP),
            (i, _, buf) =>
            {
                var s = shortRows[i];
                set.Scorer.ScoreRow(s, buf.Scores, buf.Values, buf.Violations);

                // Only seats still open, and never a pair the seeker already has or is pinned to.
                for (var p = 0; p < nP; p++)
                {
                    if (!hasSeat[p])
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

                added[i] = TopCandidates.Select(buf.Scores, buf.Violations, k, nP);
                return buf;
            },
            _ => { });

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
}
