namespace PeerLearning.Matching;

/// <content>Validation, eligibility, pinned pairs and top-k candidate generation.</content>
public sealed partial class MatchingEngine
{
    private CandidateSet Prepare(IReadOnlyList<Participant> participants, ProgramDefinition program, MatchingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(request);
        var asOf = program.AsOf ?? request.AsOf ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var roles = ProgramRoles.For(program);
        var problems = new List<ValidationProblem>();
        if (roles is null)
        {
            problems.Add(new(program.Id ?? "(program)", "kind", $"{program.GetType().Name} is a group program; pair matching handles mentoring, onboardingBuddy and reverseMentoring"));
            PeerLearningValidationException.ThrowIfAny(problems);
        }

        problems.AddRange(PeerLearningValidator.Validate(participants, program, asOf));
        var ids = participants.Where(p => p is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        CheckPairs(request.PinnedPairs, "pinnedPairs", ids, problems);
        CheckPairs(request.ForbiddenPairs, "forbiddenPairs", ids, problems);
        CheckRankings(request.SeekerPreferences, "seekerPreferences", ids, problems);
        CheckRankings(request.ProviderPreferences, "providerPreferences", ids, problems);
        try
        {
            _ = new PairScoring(asOf, _scorers).WeightedCriteria(program);
        }
        catch (PeerLearningValidationException ex)
        {
            problems.AddRange(ex.Problems);
        }

        PeerLearningValidationException.ThrowIfAny(problems);

        var seed = request.Seed ?? _options.Seed;
        var providerPeople = new List<int>();
        var seekerPeople = new List<int>();
        var ineligible = new List<UnmatchedParticipant>();
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            Classify(p, i, roles!.Provider, program, asOf, providerPeople, ineligible);
            Classify(p, i, roles.Seeker, program, asOf, seekerPeople, ineligible);
        }

        var providers = providerPeople.Select(i => participants[i]).ToArray();
        var seekers = seekerPeople.Select(i => participants[i]).ToArray();
        var capacity = providers.Select(p => Math.Min(p.CapacityFor(roles!.Provider), roles.MaxProviderCapacity ?? int.MaxValue)).ToArray();
        var demand = seekers.Select(_ => roles!.SeekerDemand).ToArray();
        var checker = new PairConstraintChecker(participants, program, asOf, request.ForbiddenPairs);

        // Pinned pairs: both eligible, no hard constraint broken, within capacity and demand.
        var providerPos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < providers.Length; p++)
        {
            providerPos[providers[p].Id] = p;
        }

        var seekerPos = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < seekers.Length; s++)
        {
            seekerPos[seekers[s].Id] = s;
        }

        var pinned = new List<(int Seeker, int Provider)>();
        var pinnedSet = new HashSet<(int, int)>();
        var remainingCapacity = (int[])capacity.Clone();
        var remainingDemand = (int[])demand.Clone();
        for (var i = 0; i < request.PinnedPairs.Count; i++)
        {
            var pair = request.PinnedPairs[i];
            var field = $"pinnedPairs[{i}]";
            if (!providerPos.TryGetValue(pair.ProviderId, out var p))
            {
                problems.Add(new(pair.ProviderId, field, $"is not an eligible {roles!.Provider} of program {program.Id}"));
                continue;
            }

            if (!seekerPos.TryGetValue(pair.SeekerId, out var s))
            {
                problems.Add(new(pair.SeekerId, field, $"is not an eligible {roles!.Seeker} of program {program.Id}"));
                continue;
            }

            var broken = checker.Check(providers[p], seekers[s]);
            if (broken != ConstraintKind.None)
            {
                problems.Add(new($"{pair.ProviderId}/{pair.SeekerId}", field, $"breaks the hard constraint {broken}"));
                continue;
            }

            if (!pinnedSet.Add((s, p)))
            {
                problems.Add(new($"{pair.ProviderId}/{pair.SeekerId}", field, "is pinned twice"));
                continue;
            }

            if (--remainingCapacity[p] < 0)
            {
                problems.Add(new(pair.ProviderId, field, $"pinned pairs exceed the provider's capacity {capacity[p]}"));
            }

            if (--remainingDemand[s] < 0)
            {
                problems.Add(new(pair.SeekerId, field, $"pinned pairs exceed the {roles!.SeekerDemand} provider(s) a seeker gets"));
            }

            pinned.Add((s, p));
        }

        PeerLearningValidationException.ThrowIfAny(problems);

        var rules = new List<(int, int, ConstraintKind)>();
        var personIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            personIndex.TryAdd(participants[i].Id, i);
        }

        foreach (var f in request.ForbiddenPairs)
        {
            rules.Add((personIndex[f.SeekerId], personIndex[f.ProviderId], ConstraintKind.AdminForbidden));
        }

        void AddUnordered(IEnumerable<ParticipantPair> pairs, ConstraintKind kind)
        {
            foreach (var pair in pairs)
            {
                var a = personIndex[pair.FirstId];
                var b = personIndex[pair.SecondId];
                rules.Add((a, b, kind));
                rules.Add((b, a, kind));
            }
        }

        AddUnordered(program.Constraints.ExcludedPairs, ConstraintKind.ExcludedPair);
        if (program.Constraints.NoRepeatPairings)
        {
            AddUnordered(program.Constraints.PriorPairings, ConstraintKind.PriorPairing);
        }

        var scorer = new CandidateScorer(participants, [.. providerPeople], [.. seekerPeople], program, new PairScoring(asOf, _scorers), asOf, rules);
        return Generate(scorer, participants, program, roles!, asOf, seed, request, providers, seekers, capacity, demand, remainingCapacity, remainingDemand, pinned, ineligible, checker, cancellationToken);
    }

    private CandidateSet Generate(
        CandidateScorer scorer,
        IReadOnlyList<Participant> participants,
        ProgramDefinition program,
        ProgramRoles roles,
        DateOnly asOf,
        int seed,
        MatchingRequest request,
        Participant[] providers,
        Participant[] seekers,
        int[] capacity,
        int[] demand,
        int[] remainingCapacity,
        int[] remainingDemand,
        List<(int Seeker, int Provider)> pinned,
        List<UnmatchedParticipant> ineligible,
        PairConstraintChecker checker,
        CancellationToken cancellationToken)
    {
        var k = _options.CandidatesPerSeeker;
        var nP = providers.Length;
        var nS = seekers.Length;
        var rowProviders = new int[nS][];
        var rowScores = new double[nS][];
        var seekerFeasible = new int[nS];
        var removed = new int[nS * KindCount];
        var providerFeasible = new int[nP];
        var gate = new object();
        var pinnedBySeeker = pinned.ToLookup(x => x.Seeker, x => x.Provider);
        var parallel = Parallelism(cancellationToken);

        try
        {
            ScoreRows();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is PeerLearningValidationException))
        {
            throw new PeerLearningValidationException([.. ex.InnerExceptions.Cast<PeerLearningValidationException>().SelectMany(e => e.Problems).Distinct()]);
        }

        void ScoreRows() => Parallel.For(
            0,
            nS,
            parallel,
            () => new RowBuffers(nP),
            (s, _, buf) =>
            {
                scorer.ScoreRow(s, buf.Scores, buf.Values, buf.Violations);
                foreach (var p in pinnedBySeeker[s])
                {
                    buf.Violations[p] = ConstraintKind.SamePerson;
                    removed[(s * KindCount) + (int)ConstraintKind.SamePerson]--;
                }

                var feasible = 0;
                for (var p = 0; p < nP; p++)
                {
                    var v = buf.Violations[p];
                    if (v == ConstraintKind.None)
                    {
                        feasible++;
                        buf.ProviderFeasible[p]++;
                    }
                    else
                    {
                        removed[(s * KindCount) + (int)v]++;
                    }
                }

                seekerFeasible[s] = feasible;
                var keep = remainingDemand[s] == 0 ? 0 : k == 0 ? feasible : Math.Min(k, feasible);
                var (ps, ss) = TopCandidates.Select(buf.Scores, buf.Violations, keep, nP);
                rowProviders[s] = ps;
                rowScores[s] = ss;
                return buf;
            },
            buf =>
            {
                lock (gate)
                {
                    for (var p = 0; p < nP; p++)
                    {
                        providerFeasible[p] += buf.ProviderFeasible[p];
                    }
                }
            });

        var rowStart = new int[nS + 1];
        for (var s = 0; s < nS; s++)
        {
            rowStart[s + 1] = rowStart[s] + rowProviders[s].Length;
        }

        var arcProvider = new int[rowStart[nS]];
        var arcScore = new double[rowStart[nS]];
        long feasiblePairs = 0;
        var truncated = 0;
        for (var s = 0; s < nS; s++)
        {
            rowProviders[s].CopyTo(arcProvider, rowStart[s]);
            rowScores[s].CopyTo(arcScore, rowStart[s]);
            feasiblePairs += seekerFeasible[s];
            if (remainingDemand[s] > 0 && rowProviders[s].Length < seekerFeasible[s])
            {
                truncated++;
            }
        }

        var graph = new CandidateGraph(remainingDemand, remainingCapacity, rowStart, arcProvider, arcScore);
        if (request.SeekerPreferences.Count > 0 || request.ProviderPreferences.Count > 0)
        {
            graph = graph.WithPreferences(
                Preferences(graph, request.SeekerPreferences, s => seekers[s].Id, p => providers[p].Id, bySeeker: true),
                Preferences(graph, request.ProviderPreferences, s => seekers[s].Id, p => providers[p].Id, bySeeker: false));
        }
        return new CandidateSet
        {
            Population = participants,
            Program = program,
            Roles = roles,
            AsOf = asOf,
            Seed = seed,
            Request = request,
            Providers = providers,
            Seekers = seekers,
            ProviderCapacity = capacity,
            SeekerDemand = demand,
            Pinned = pinned,
            Graph = graph,
            SeekerFeasible = seekerFeasible,
            ProviderFeasible = providerFeasible,
            Removed = removed,
            Ineligible = ineligible,
            Pruning = new CandidatePruning(k, feasiblePairs, arcProvider.Length, truncated),
            Checker = checker,
            Scorer = scorer,
        };
    }

    private static void Classify(Participant p, int index, ProgramRole role, ProgramDefinition program, DateOnly asOf, List<int> pool, List<UnmatchedParticipant> ineligible)
    {
        if (!p.HasRole(role))
        {
            return;
        }

        var failed = program.Eligibility.Where(r => r.AppliesTo(role) && !r.IsMetBy(p, asOf))
            .Select(r => $"{r.Field} {r.Operator} {string.Join("|", r.Values)}").ToList();
        if (program is OnboardingBuddyProgram buddy && role == ProgramRole.Buddy && !(p.TenureMonths(asOf) >= buddy.MinBuddyTenureMonths))
        {
            failed.Add($"tenure of at least {buddy.MinBuddyTenureMonths} months (has {p.TenureMonths(asOf)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no hire date"})");
        }

        if (failed.Count == 0)
        {
            pool.Add(index);
            return;
        }

        ineligible.Add(new UnmatchedParticipant
        {
            ParticipantId = p.Id,
            Role = role,
            Reason = UnmatchedReason.NotEligible,
            Detail = $"does not meet: {string.Join("; ", failed)}",
        });
    }

    /// <summary>Preference values per arc: a listed partner at rank k gets 1000 - k (above any score), others their score.</summary>
    private static double[]? Preferences(CandidateGraph graph, IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, Func<int, string> seekerId, Func<int, string> providerId, bool bySeeker)
    {
        if (rankings.Count == 0)
        {
            return null;
        }

        var values = new double[graph.ArcCount];
        for (var a = 0; a < values.Length; a++)
        {
            var owner = bySeeker ? seekerId(graph.SeekerOf(a)) : providerId(graph.ProviderOf(a));
            var other = bySeeker ? providerId(graph.ProviderOf(a)) : seekerId(graph.SeekerOf(a));
            var rank = rankings.TryGetValue(owner, out var list) ? IndexOf(list, other) : -1;
            values[a] = rank >= 0 ? 1000.0 - rank : graph.ScoreOf(a);
        }

        return values;
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void CheckRankings(IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, string field, HashSet<string> ids, List<ValidationProblem> problems)
    {
        foreach (var (owner, list) in rankings)
        {
            if (!ids.Contains(owner))
            {
                problems.Add(new(owner, field, $"unknown participant id '{owner}'"));
            }

            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (!ids.Contains(list![i]))
                {
                    problems.Add(new(owner, $"{field}[{i}]", $"unknown participant id '{list[i]}'"));
                }
            }
        }
    }

    private static void CheckPairs(IReadOnlyList<MatchPair> pairs, string field, HashSet<string> ids, List<ValidationProblem> problems)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            foreach (var id in new[] { pairs[i].ProviderId, pairs[i].SeekerId })
            {
                if (!ids.Contains(id))
                {
                    problems.Add(new(id ?? "(null)", $"{field}[{i}]", $"unknown participant id '{id}'"));
                }
            }
        }
    }

    /// <summary>How row scoring runs in parallel: the configured thread count, or one per processor.</summary>
    private ParallelOptions Parallelism(CancellationToken cancellationToken) => new()
    {
        CancellationToken = cancellationToken,
        MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism > 0 ? _options.MaxDegreeOfParallelism : Environment.ProcessorCount,
    };

    private sealed class RowBuffers(int providers)
    {
        public double[] Scores { get; } = new double[providers];

        public double[] Values { get; } = new double[providers];

        public ConstraintKind[] Violations { get; } = new ConstraintKind[providers];

        public int[] ProviderFeasible { get; } = new int[providers];
    }
}
