using System.Globalization;
using PeerLearning.Assessment.Randomness;

namespace PeerLearning.Assessment.Assignment;

/// <summary>
/// Assigns k reviewers to each submission as one minimum-cost flow: source → submission (capacity k) →
/// [submission × department] → reviewer (capacity 1 per pair; no self-review, no own group, no conflicts) → sink.
/// Priorities, from first to last: as many reviews as possible; no reviewer above the balanced load ⌈D/R⌉; every
/// reviewer at least ⌊D/R⌋ (load within ±1); reviewers spread across departments; highest total affinity.
/// Deterministic for a seed (the seed orders candidates, which decides between equally good assignments).
/// </summary>
public sealed class ReviewerAssigner
{
    private const long OverloadPenalty = 1_000_000_000_000;
    private const long BalancePenalty = 1_000_000_000;
    private const long SpreadPenalty = 1_000_000;
    private const long AffinityScale = 1000;
    private const long FullGraphLimit = 4_000_000;

    /// <summary>Assigns reviewers.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The assignment and the submissions for which k was impossible.</returns>
    /// <exception cref="PeerLearningValidationException">The request is invalid (every problem listed).</exception>
    public AssignmentResult Assign(AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PeerLearningValidationException.ThrowIfAny(Validate(request));
        var submissions = request.Submissions;
        var reviewers = request.Reviewers;
        int s0 = submissions.Count, r0 = reviewers.Count, k = request.ReviewersPerSubmission;
        var reviewerIndex = new Dictionary<string, int>(r0, StringComparer.Ordinal);
        for (var r = 0; r < r0; r++)
        {
            reviewerIndex[reviewers[r].Id] = r;
        }

        var submissionIndex = new Dictionary<string, int>(s0, StringComparer.Ordinal);
        for (var s = 0; s < s0; s++)
        {
            submissionIndex[submissions[s].Id] = s;
        }

        var conflicts = new HashSet<(int, int)>(request.Conflicts.Select(c => (submissionIndex[c.SubmissionId], reviewerIndex[c.ReviewerId])));
        var affinity = new Dictionary<(int, int), double>();
        var affinityBySubmission = new Dictionary<int, List<int>>();
        foreach (var a in request.Affinities)
        {
            var key = (submissionIndex[a.SubmissionId], reviewerIndex[a.ReviewerId]);
            affinity[key] = a.Score;
            if (!affinityBySubmission.TryGetValue(key.Item1, out var list))
            {
                affinityBySubmission[key.Item1] = list = [];
            }

            list.Add(key.Item2);
        }

        var groupMembers = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var r = 0; r < r0; r++)
        {
            foreach (var g in reviewers[r].GroupIds)
            {
                if (!groupMembers.TryGetValue(g, out var set))
                {
                    groupMembers[g] = set = [];
                }

                set.Add(r);
            }
        }

        bool Eligible(int s, int r)
        {
            var sub = submissions[s];
            if (conflicts.Contains((s, r)))
            {
                return false;
            }

            foreach (var author in sub.AuthorIds)
            {
                if (string.Equals(author, reviewers[r].Id, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return sub.GroupId is null || !groupMembers.TryGetValue(sub.GroupId, out var members) || !members.Contains(r);
        }

        // Candidates per submission, in the seed's order (affinity first).
        var limit = request.CandidatesPerSubmission > 0
            ? request.CandidatesPerSubmission
            : (long)s0 * r0 <= FullGraphLimit ? int.MaxValue : Math.Max(32, 8 * k);
        var limited = limit < r0;
        var random = new DeterministicRandom(request.Seed);
        var candidates = new int[s0][];
        var eligibleCount = new int[s0];
        for (var s = 0; s < s0; s++)
        {
            candidates[s] = Candidates(s, limit, r0, request.Seed, random, Eligible, affinity, affinityBySubmission, out eligibleCount[s]);
        }

        // Balanced load from the total demand.
        long demand = 0;
        for (var s = 0; s < s0; s++)
        {
            demand += Math.Min(k, candidates[s].Length);
        }

        var floor = r0 > 0 ? (int)(demand / r0) : 0;
        var ceil = floor + (r0 > 0 && demand % r0 > 0 ? 1 : 0);

        // Nodes: source, sink, submissions, reviewers, then submission × department nodes.
        const int source = 0;
        const int sink = 1;
        var departmentOf = reviewers.Select(r => r.Department).ToArray();
        var extraNodes = new Dictionary<(int, string), int>();
        var nodeCount = 2 + s0 + r0;
        if (request.SpreadAcrossDepartments)
        {
            for (var s = 0; s < s0; s++)
            {
                foreach (var r in candidates[s])
                {
                    if (departmentOf[r] is { } d && !extraNodes.ContainsKey((s, d)))
                    {
                        extraNodes[(s, d)] = nodeCount++;
                    }
                }
            }
        }

        var flow = new MinCostFlow(nodeCount);
        for (var s = 0; s < s0; s++)
        {
            flow.AddEdge(source, 2 + s, k, 0);
        }

        if (request.SpreadAcrossDepartments)
        {
            foreach (var ((s, d), node) in extraNodes.OrderBy(x => x.Value))
            {
                var authorsDepartment = submissions[s].AuthorIds.Any(a => reviewerIndex.TryGetValue(a, out var ar) && departmentOf[ar] == d);
                if (authorsDepartment)
                {
                    flow.AddEdge(2 + s, node, k, SpreadPenalty);
                }
                else
                {
                    flow.AddEdge(2 + s, node, 1, 0);
                    if (k > 1)
                    {
                        flow.AddEdge(2 + s, node, k - 1, SpreadPenalty);
                    }
                }
            }
        }

        var pairEdges = new (int Edge, int S, int R)[candidates.Sum(c => c.Length)];
        var at = 0;
        for (var s = 0; s < s0; s++)
        {
            foreach (var r in candidates[s])
            {
                var from = request.SpreadAcrossDepartments && departmentOf[r] is { } d ? extraNodes[(s, d)] : 2 + s;
                var cost = AffinityScale - (long)Math.Round(affinity.GetValueOrDefault((s, r)) * AffinityScale);
                pairEdges[at++] = (flow.AddEdge(from, 2 + s0 + r, 1, request.Affinities.Count > 0 ? cost : 0), s, r);
            }
        }

        for (var r = 0; r < r0; r++)
        {
            var node = 2 + s0 + r;
            if (floor > 0)
            {
                flow.AddEdge(node, sink, floor, 0);
            }

            if (ceil > floor)
            {
                flow.AddEdge(node, sink, ceil - floor, BalancePenalty);
            }

            flow.AddEdge(node, sink, Math.Max(0, s0 - ceil), OverloadPenalty);
        }

        flow.Run(source, sink);

        var assigned = new List<ReviewAssignment>((int)demand);
        var perSubmission = new int[s0];
        var load = new int[r0];
        var totalAffinity = 0.0;
        foreach (var (edge, s, r) in pairEdges)
        {
            if (flow.Flow(edge) > 0)
            {
                assigned.Add(new ReviewAssignment(submissions[s].Id, reviewers[r].Id));
                perSubmission[s]++;
                load[r]++;
                totalAffinity += affinity.GetValueOrDefault((s, r));
            }
        }

        var order = submissionIndex;
        assigned.Sort((a, b) =>
        {
            var bySub = order[a.SubmissionId].CompareTo(order[b.SubmissionId]);
            return bySub != 0 ? bySub : string.CompareOrdinal(a.ReviewerId, b.ReviewerId);
        });

        var shortfalls = new List<AssignmentShortfall>();
        for (var s = 0; s < s0; s++)
        {
            if (perSubmission[s] >= k)
            {
                continue;
            }

            var reason = eligibleCount[s] < k
                ? string.Create(CultureInfo.InvariantCulture, $"only {eligibleCount[s]} eligible reviewer(s) after excluding authors, group members and conflicts")
                : "the limited candidate list was used up by other submissions";
            shortfalls.Add(new AssignmentShortfall(submissions[s].Id, perSubmission[s], k, reason));
        }

        return new AssignmentResult(assigned, shortfalls, r0 > 0 ? load.Min() : 0, r0 > 0 ? load.Max() : 0, totalAffinity, limited);
    }

    private static int[] Candidates(
        int s,
        long limit,
        int reviewers,
        long seed,
        DeterministicRandom random,
        Func<int, int, bool> eligible,
        Dictionary<(int, int), double> affinity,
        Dictionary<int, List<int>> affinityBySubmission,
        out int eligibleCount)
    {
        if (limit >= reviewers)
        {
            var all = new List<int>(reviewers);
            for (var r = 0; r < reviewers; r++)
            {
                if (eligible(s, r))
                {
                    all.Add(r);
                }
            }

            eligibleCount = all.Count;
            return all
                .OrderByDescending(r => affinity.GetValueOrDefault((s, r)))
                .ThenBy(r => Mix(seed, s, r))
                .ToArray();
        }

        // Large instance: the best-affinity eligible reviewers, then seeded random eligible ones.
        var chosen = new List<int>((int)limit);
        var taken = new HashSet<int>();
        if (affinityBySubmission.TryGetValue(s, out var preferred))
        {
            foreach (var r in preferred.Where(r => eligible(s, r)).OrderByDescending(r => affinity[(s, r)]).ThenBy(r => Mix(seed, s, r)).Take((int)limit))
            {
                chosen.Add(r);
                taken.Add(r);
            }
        }

        var attempts = 0;
        while (chosen.Count < limit && attempts < 20 * limit)
        {
            attempts++;
            var r = random.NextInt(reviewers);
            if (!taken.Contains(r) && eligible(s, r))
            {
                chosen.Add(r);
                taken.Add(r);
            }
        }

        if (chosen.Count < limit)
        {
            // Sampling kept missing: scan in the seed's order instead.
            foreach (var r in Enumerable.Range(0, reviewers).Where(r => !taken.Contains(r) && eligible(s, r)).OrderBy(r => Mix(seed, s, r)))
            {
                if (chosen.Count >= limit)
                {
                    break;
                }

                chosen.Add(r);
            }
        }

        // With a limited list the exact eligible count is not known without a scan; it is at least what was found.
        eligibleCount = chosen.Count < limit ? chosen.Count : reviewers;
        return [.. chosen];
    }

    private static ulong Mix(long seed, int s, int r)
    {
        var z = unchecked((ulong)seed + ((ulong)s * 0x9E3779B97F4A7C15UL) + ((ulong)r * 0xC2B2AE3D27D4EB4FUL));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static List<ValidationProblem> Validate(AssignmentRequest request)
    {
        var problems = new List<ValidationProblem>();
        if (request.ReviewersPerSubmission < 1)
        {
            problems.Add(new("assignment", "reviewersPerSubmission", $"must be at least 1, was {request.ReviewersPerSubmission}"));
        }

        var reviewerIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (r, i) in request.Reviewers.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(r.Id))
            {
                problems.Add(new($"reviewer #{i + 1}", "id", "must not be empty"));
            }
            else if (!reviewerIds.Add(r.Id))
            {
                problems.Add(new(r.Id, "id", "duplicate reviewer id"));
            }
        }

        var submissionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (s, i) in request.Submissions.Select((s, i) => (s, i)))
        {
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                problems.Add(new($"submission #{i + 1}", "id", "must not be empty"));
            }
            else if (!submissionIds.Add(s.Id))
            {
                problems.Add(new(s.Id, "id", "duplicate submission id"));
            }
        }

        foreach (var (c, i) in request.Conflicts.Select((c, i) => (c, i)))
        {
            if (!reviewerIds.Contains(c.ReviewerId))
            {
                problems.Add(new($"conflict #{i + 1}", "reviewerId", $"unknown reviewer '{c.ReviewerId}'"));
            }

            if (!submissionIds.Contains(c.SubmissionId))
            {
                problems.Add(new($"conflict #{i + 1}", "submissionId", $"unknown submission '{c.SubmissionId}'"));
            }
        }

        foreach (var (a, i) in request.Affinities.Select((a, i) => (a, i)))
        {
            if (!reviewerIds.Contains(a.ReviewerId))
            {
                problems.Add(new($"affinity #{i + 1}", "reviewerId", $"unknown reviewer '{a.ReviewerId}'"));
            }

            if (!submissionIds.Contains(a.SubmissionId))
            {
                problems.Add(new($"affinity #{i + 1}", "submissionId", $"unknown submission '{a.SubmissionId}'"));
            }

            if (!double.IsFinite(a.Score) || a.Score is < 0 or > 1)
            {
                problems.Add(new($"affinity #{i + 1}", "score", $"must be from 0 to 1, was {a.Score.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        return problems;
    }
}
