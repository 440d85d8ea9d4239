using System.Diagnostics;
using System.Globalization;

namespace PeerLearning.Matching;

/// <content>Solving, explanations, reasons for the unmatched and the quality report.</content>
public sealed partial class MatchingEngine
{
    private MatchingResult Solve(CandidateSet set, IMatchingStrategy strategy, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var chosen = strategy.Solve(set.Graph, set.Seed, cancellationToken);
        CheckStrategyOutput(strategy, set.Graph, chosen);
        for (var round = 0; round < _options.WideningRounds; round++)
        {
            var wider = Widen(set, chosen, cancellationToken);
            if (wider is null)
            {
                break;
            }

            set = wider;
            chosen = strategy.Solve(set.Graph, set.Seed, cancellationToken);
            CheckStrategyOutput(strategy, set.Graph, chosen);
        }

        var solveMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var g = set.Graph;

        var pairs = new List<(int Seeker, int Provider, bool Pinned)>();
        pairs.AddRange(set.Pinned.Select(x => (x.Seeker, x.Provider, true)));
        pairs.AddRange(chosen.Select(a => (g.SeekerOf(a), g.ProviderOf(a), false)));
        var arcs = new List<int>(pairs.Count);
        arcs.AddRange(set.Pinned.Select(_ => -1));
        arcs.AddRange(chosen);

        var scoring = new PairScoring(set.AsOf, _scorers);
        var matches = new List<MatchAssignment>(pairs.Count);
        var pairScores = new double[pairs.Count];
        foreach (var (s, p, pinned) in pairs)
        {
            var provider = set.Providers[p];
            var seeker = set.Seekers[s];
            var explained = scoring.Explain(provider, seeker, set.Program);
            matches.Add(new MatchAssignment
            {
                MatchId = $"{set.Program.Id}:{provider.Id}:{seeker.Id}",
                ProviderId = provider.Id,
                ProviderRole = set.Roles.Provider,
                SeekerId = seeker.Id,
                SeekerRole = set.Roles.Seeker,
                Score = explained.Score,
                Contributions = explained.Contributions,
                Pinned = pinned,
            });
            pairScores[matches.Count - 1] = explained.Score;
        }

        matches.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.SeekerId, b.SeekerId);
            return c != 0 ? c : string.CompareOrdinal(a.ProviderId, b.ProviderId);
        });

        var seekerLoad = new int[set.Seekers.Length];
        var providerLoad = new int[set.Providers.Length];
        foreach (var (s, p, _) in pairs)
        {
            seekerLoad[s]++;
            providerLoad[p]++;
        }

        var unmatched = Unmatched(set, seekerLoad, providerLoad);
        var quality = Quality(set, strategy.Name, pairs, arcs, pairScores, seekerLoad, providerLoad) with { SolveMilliseconds = solveMs };
        LogMatched(set.Program.Id, strategy.Name, matches.Count, unmatched.Count, quality.MeanScore);
        return new MatchingResult
        {
            ProgramId = set.Program.Id,
            Strategy = strategy.Name,
            Seed = set.Seed,
            AsOf = set.AsOf,
            Matches = matches,
            Unmatched = unmatched,
            Quality = quality,
            Pruning = set.Pruning,
        };
    }

    private static void CheckStrategyOutput(IMatchingStrategy strategy, CandidateGraph g, IReadOnlyList<int> chosen)
    {
        var demand = new int[g.SeekerCount];
        var load = new int[g.ProviderCount];
        var seen = new HashSet<int>();
        foreach (var a in chosen)
        {
            if ((uint)a >= (uint)g.ArcCount || !seen.Add(a)
                || ++demand[g.SeekerOf(a)] > g.DemandOf(g.SeekerOf(a))
                || ++load[g.ProviderOf(a)] > g.CapacityOf(g.ProviderOf(a)))
            {
                throw new InvalidOperationException($"strategy '{strategy.Name}' returned an infeasible selection (arc {a})");
            }
        }
    }

    private static List<UnmatchedParticipant> Unmatched(CandidateSet set, int[] seekerLoad, int[] providerLoad)
    {
        var list = new List<UnmatchedParticipant>(set.Ineligible);
        var pinnedPerSeeker = new int[set.Seekers.Length];
        foreach (var (s, _) in set.Pinned)
        {
            pinnedPerSeeker[s]++;
        }

        for (var s = 0; s < set.Seekers.Length; s++)
        {
            if (seekerLoad[s] >= set.SeekerDemand[s])
            {
                continue;
            }

            var removedBy = new Dictionary<ConstraintKind, int>();
            for (var k = 1; k < KindCount; k++)
            {
                var n = set.Removed[(s * KindCount) + k];
                if (n > 0)
                {
                    removedBy[(ConstraintKind)k] = n;
                }
            }

            var feasible = set.SeekerFeasible[s];
            var pinnedHere = pinnedPerSeeker[s];
            UnmatchedReason reason;
            string detail;
            if (feasible == 0 && pinnedHere == 0)
            {
                reason = UnmatchedReason.NoFeasibleCandidate;
                detail = set.Providers.Length == 0
                    ? $"no eligible {set.Roles.Provider}"
                    : $"hard constraints removed all {set.Providers.Length} candidates: {Describe(removedBy)}";
            }
            else if (seekerLoad[s] == 0)
            {
                reason = UnmatchedReason.CapacityRanOut;
                detail = $"all {feasible} feasible candidates were filled by other matches";
            }
            else
            {
                reason = UnmatchedReason.PartiallyMatched;
                detail = $"got {seekerLoad[s]} of {set.SeekerDemand[s]}; the other {feasible} feasible candidates were full or already matched";
            }

            list.Add(new UnmatchedParticipant
            {
                ParticipantId = set.Seekers[s].Id,
                Role = set.Roles.Seeker,
                Reason = reason,
                Detail = detail,
                CandidatesRemovedBy = removedBy,
            });
        }

        for (var p = 0; p < set.Providers.Length; p++)
        {
            if (providerLoad[p] > 0 || set.ProviderCapacity[p] == 0)
            {
                continue;
            }

            var none = set.ProviderFeasible[p] == 0;
            list.Add(new UnmatchedParticipant
            {
                ParticipantId = set.Providers[p].Id,
                Role = set.Roles.Provider,
                Reason = none ? UnmatchedReason.NoFeasibleCandidate : UnmatchedReason.NotChosen,
                Detail = none
                    ? $"hard constraints removed every {set.Roles.Seeker}"
                    : $"{set.ProviderFeasible[p]} feasible {set.Roles.Seeker}(s), all matched with better-scoring or needed providers",
            });
        }

        return list;
    }

    private static string Describe(Dictionary<ConstraintKind, int> removedBy) =>
        string.Join(", ", removedBy.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")));

    private static MatchQualityReport Quality(CandidateSet set, string strategy, List<(int Seeker, int Provider, bool Pinned)> pairs, List<int> arcs, double[] pairScores, int[] seekerLoad, int[] providerLoad)
    {
        // Hard constraints, capacity and eligibility checked again, pair by pair, the plain way.
        var violations = 0;
        foreach (var (s, p, _) in pairs)
        {
            if (set.Checker.Check(set.Providers[p], set.Seekers[s]) != ConstraintKind.None
                || !set.Program.IsEligible(set.Providers[p], set.Roles.Provider, set.AsOf)
                || !set.Program.IsEligible(set.Seekers[s], set.Roles.Seeker, set.AsOf))
            {
                violations++;
            }
        }

        violations += seekerLoad.Where((load, s) => load > set.SeekerDemand[s]).Count();
        violations += providerLoad.Where((load, p) => load > set.ProviderCapacity[p]).Count();

        // Blocking pairs over every kept candidate pair: both strictly prefer each other (by score, or by supplied
        // preferences) to a current partner. Pinned pairs are not in the graph; they count with their score.
        var g = set.Graph;
        var seekerWorst = Enumerable.Repeat(double.PositiveInfinity, set.Seekers.Length).ToArray();
        var providerWorst = Enumerable.Repeat(double.PositiveInfinity, set.Providers.Length).ToArray();
        var matched = new HashSet<(int, int)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (s, p, _) = pairs[i];
            var arc = arcs[i];
            var (sp, pp) = arc >= 0 ? (g.SeekerPreferenceOf(arc), g.ProviderPreferenceOf(arc)) : (pairScores[i], pairScores[i]);
            seekerWorst[s] = Math.Min(seekerWorst[s], sp);
            providerWorst[p] = Math.Min(providerWorst[p], pp);
            matched.Add((s, p));
        }

        var blocking = 0;
        for (var a = 0; a < g.ArcCount; a++)
        {
            var s = g.SeekerOf(a);
            var p = g.ProviderOf(a);
            if (matched.Contains((s, p)))
            {
                continue;
            }

            var seekerWants = seekerLoad[s] < set.SeekerDemand[s] || g.SeekerPreferenceOf(a) > seekerWorst[s];
            var providerWants = set.ProviderCapacity[p] > 0 && (providerLoad[p] < set.ProviderCapacity[p] || g.ProviderPreferenceOf(a) > providerWorst[p]);
            if (seekerWants && providerWants)
            {
                blocking++;
            }
        }

        var scores = pairScores;
        var withCapacity = Enumerable.Range(0, set.Providers.Length).Where(p => set.ProviderCapacity[p] > 0).Select(p => (double)providerLoad[p]).ToList();
        var loadMean = withCapacity.Count == 0 ? 0 : withCapacity.Average();
        var loadStd = withCapacity.Count == 0 ? 0 : Math.Sqrt(withCapacity.Sum(x => (x - loadMean) * (x - loadMean)) / withCapacity.Count);
        var totalDemand = set.SeekerDemand.Sum(d => (long)d);
        var served = seekerLoad.Select((load, s) => Math.Min(load, set.SeekerDemand[s])).Sum(x => (long)x);
        var full = seekerLoad.Where((load, s) => load >= set.SeekerDemand[s]).Count();
        return new MatchQualityReport
        {
            Strategy = strategy,
            Matches = scores.Length,
            TotalScore = scores.Sum(),
            MeanScore = scores.Length == 0 ? 0 : scores.Average(),
            MinScore = scores.Length == 0 ? 0 : scores.Min(),
            SeekersMatchedPercent = set.Seekers.Length == 0 ? 0 : 100.0 * full / set.Seekers.Length,
            DemandServedPercent = totalDemand == 0 ? 0 : 100.0 * served / totalDemand,
            BlockingPairs = blocking,
            ConstraintViolations = violations,
            ProviderLoadMean = loadMean,
            ProviderLoadStdDev = loadStd,
            ProviderLoadMax = providerLoad.Length == 0 ? 0 : providerLoad.Max(),
        };
    }
}
