using Microsoft.Extensions.Time.Testing;
using PeerLearning.Events;
using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.Engine;

public sealed class EngineTests
{
    private static List<Participant> Population(int seed, int count = 80) => People.Random(seed, count, (rng, i) => i % 3 == 0
        ? [new RoleCapacity(ProgramRole.Mentor, rng.Next(1, 4))]
        : [new RoleCapacity(ProgramRole.Mentee)]);

    [Fact]
    public void Optimal_engine_result_equals_or_tools_on_scores_computed_pair_by_pair()
    {
        var engine = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 0 });
        for (var seed = 0; seed < 100; seed++)
        {
            var people = Population(seed, 30 + (seed % 40));
            var program = People.Mentoring() with { MentorsPerMentee = 1 + (seed % 3 == 0 ? 1 : 0) };
            var result = engine.Match(people, program, new MatchingRequest { Seed = seed });

            // Independent oracle: every pair scored and checked the plain way, solved by OR-Tools.
            var scoring = new PairScoring(People.AsOf);
            var checker = new PairConstraintChecker(people, program, People.AsOf, []);
            var mentors = people.Where(p => p.HasRole(ProgramRole.Mentor)).ToList();
            var mentees = people.Where(p => p.HasRole(ProgramRole.Mentee)).ToList();
            var rowStart = new List<int> { 0 };
            var providers = new List<int>();
            var scores = new List<double>();
            foreach (var mentee in mentees)
            {
                for (var m = 0; m < mentors.Count; m++)
                {
                    if (checker.Check(mentors[m], mentee) == ConstraintKind.None)
                    {
                        providers.Add(m);
                        scores.Add(scoring.Explain(mentors[m], mentee, program).Score);
                    }
                }

                rowStart.Add(providers.Count);
            }

            var graph = new CandidateGraph(
                [.. mentees.Select(_ => program.MentorsPerMentee)],
                [.. mentors.Select(m => m.CapacityFor(ProgramRole.Mentor))],
                [.. rowStart],
                [.. providers],
                [.. scores]);
            var (units, cost) = OrToolsReference.MinCostFlow(graph);
            Assert.Equal(units, result.Matches.Count);
            var ours = result.Matches.Sum(m => ScoreCost.Of(m.Score));
            Assert.Equal(cost, ours);
            Assert.False(result.Pruning.MayCostOptimality);
        }
    }

    [Fact]
    public void Widening_gives_short_seekers_open_seats_and_never_serves_fewer()
    {
        var strictlyBetter = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var people = Population(seed, 150);
            var program = People.Mentoring();
            var request = new MatchingRequest { Seed = seed };
            var pruned = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 2, WideningRounds = 0 }).Match(people, program, request);
            var widened = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 2, WideningRounds = 3 }).Match(people, program, request);
            var complete = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 0 }).Match(people, program, request);

            // The earlier solution stays feasible after widening, and the optimum serves the most demand first.
            Assert.InRange(widened.Matches.Count, pruned.Matches.Count, complete.Matches.Count);
            Assert.Equal(0, widened.Quality.ConstraintViolations);
            Assert.True(widened.Pruning.KeptPairs >= pruned.Pruning.KeptPairs);
            Assert.False(complete.Pruning.MayCostOptimality);
            strictlyBetter += widened.Matches.Count > pruned.Matches.Count ? 1 : 0;
        }

        Assert.True(strictlyBetter > 0, "widening never added a match");
    }

    [Fact]
    public void Same_seed_gives_the_same_result_and_explanations()
    {
        var people = Population(5);
        var program = People.Mentoring();
        foreach (var strategy in MatchingStrategies.Names)
        {
            var a = new MatchingEngine().Match(people, program, new MatchingRequest { Strategy = strategy, Seed = 42 });
            var b = new MatchingEngine(new MatchingOptions { MaxDegreeOfParallelism = 1 }).Match(people, program, new MatchingRequest { Strategy = strategy, Seed = 42 });
            Assert.Equal(a.Matches.Select(m => (m.MatchId, m.Score)), b.Matches.Select(m => (m.MatchId, m.Score)));
            Assert.Equal(a.Unmatched.Select(u => (u.ParticipantId, u.Reason)), b.Unmatched.Select(u => (u.ParticipantId, u.Reason)));
        }
    }

    [Fact]
    public void Each_match_explains_its_score_by_named_contributions()
    {
        var result = new MatchingEngine().Match(Population(9), People.Mentoring());
        Assert.NotEmpty(result.Matches);
        foreach (var m in result.Matches)
        {
            Assert.Equal(m.Score, m.Contributions.Sum(c => c.Points), 9);
            Assert.Contains(m.Contributions, c => c.Criterion == MatchingCriteria.GoalFit);
        }
    }

    [Fact]
    public void Pinned_and_forbidden_pairs_are_honoured_by_every_strategy()
    {
        var people = Population(12);
        var program = People.Mentoring();
        var baseline = new MatchingEngine().Match(people, program);
        var first = baseline.Matches[0];
        foreach (var strategy in MatchingStrategies.Names)
        {
            var request = new MatchingRequest
            {
                Strategy = strategy,
                ForbiddenPairs = [new(first.ProviderId, first.SeekerId)],
            };
            var result = new MatchingEngine().Match(people, program, request);
            Assert.DoesNotContain(result.Matches, m => m.ProviderId == first.ProviderId && m.SeekerId == first.SeekerId);
            Assert.Equal(0, result.Quality.ConstraintViolations);

            var pinnedPair = result.Matches[^1];
            var pinned = new MatchingEngine().Match(people, program, new MatchingRequest { Strategy = strategy, PinnedPairs = [new(pinnedPair.ProviderId, pinnedPair.SeekerId)] });
            var kept = Assert.Single(pinned.Matches, m => m.SeekerId == pinnedPair.SeekerId);
            Assert.Equal(pinnedPair.ProviderId, kept.ProviderId);
            Assert.True(kept.Pinned);
        }
    }

    [Fact]
    public void A_pinned_pair_that_breaks_a_constraint_is_rejected()
    {
        var boss = People.Person("boss", ProgramRole.Mentor);
        var report = People.Person("report", ProgramRole.Mentee) with { ManagerId = "boss" };
        var ex = Assert.Throws<PeerLearningValidationException>(() =>
            new MatchingEngine().Match([boss, report], People.Mentoring(), new MatchingRequest { PinnedPairs = [new("boss", "report")] }));
        Assert.Contains(ex.Problems, p => p.ItemId == "boss/report" && p.Field == "pinnedPairs[0]" && p.Message.Contains("ManagementChain", StringComparison.Ordinal));
    }

    [Fact]
    public void Rematching_one_person_keeps_everyone_else()
    {
        var people = Population(21);
        var program = People.Mentoring();
        var engine = new MatchingEngine();
        var before = engine.Match(people, program);
        var target = before.Matches[before.Matches.Count / 2];
        var after = engine.Rematch(before, target.SeekerId, people, program);
        Assert.DoesNotContain(after.Matches, m => m.SeekerId == target.SeekerId && m.ProviderId == target.ProviderId);
        foreach (var m in before.Matches.Where(m => m.SeekerId != target.SeekerId))
        {
            Assert.Contains(after.Matches, x => x.MatchId == m.MatchId);
        }

        Assert.Equal(target.MatchId, Assert.Single(after.Replaces).MatchId);
        Assert.Equal(0, after.Quality.ConstraintViolations);
    }

    [Fact]
    public async Task Publishing_moves_pending_to_published_and_proposes_every_match()
    {
        var sink = new InMemoryLearningEventSink();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var engine = new MatchingEngine(timeProvider: time, sink: sink);
        var pending = engine.Match(Population(4), People.Mentoring());
        Assert.Equal(MatchStatus.Pending, pending.Status);
        Assert.Empty(sink.Events);

        var published = await engine.PublishAsync(pending);
        Assert.Equal(MatchStatus.Published, published.Status);
        var proposed = sink.Events.OfType<MatchProposed>().ToList();
        Assert.Equal(pending.Matches.Select(m => m.MatchId), proposed.Select(e => e.MatchId));
        Assert.All(proposed, e => Assert.Equal(time.GetUtcNow(), e.OccurredAt));
        Assert.Equal(pending.Matches[0].Score, proposed[0].Score);
        await Assert.ThrowsAsync<PeerLearningValidationException>(async () => await engine.PublishAsync(published));

        var m = published.Matches[0];
        await engine.AcceptAsync(published, m.MatchId, m.SeekerId);
        Assert.Equal(m.SeekerId, Assert.Single(sink.Events.OfType<MatchAccepted>()).ParticipantId);

        var rematched = engine.Rematch(published, m.SeekerId, Population(4), People.Mentoring());
        await engine.PublishAsync(rematched);
        Assert.Equal(m.MatchId, Assert.Single(sink.Events.OfType<MatchEnded>()).MatchId);
    }

    [Fact]
    public void Suggestions_rotate_so_no_mentor_exceeds_their_share()
    {
        // One star mentor everybody would pick first.
        var people = Population(30, 90);
        var star = people.First(p => p.HasRole(ProgramRole.Mentor)) with
        {
            Skills = [.. new[] { "csharp", "sql", "leadership", "design", "sales", "ml", "cloud", "writing" }.Select(s => new SkillProficiency(s, 5))],
            Languages = ["en", "de", "fr", "es"],
        };
        people[people.FindIndex(p => p.Id == star.Id)] = star;
        var engine = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 0 });
        var suggestions = engine.Suggest(people, People.Mentoring(), 3);
        var counts = suggestions.SelectMany(s => s.Suggestions).GroupBy(x => x.ProviderId).ToDictionary(g => g.Key, g => g.Count());
        var mentors = people.Where(p => p.HasRole(ProgramRole.Mentor)).ToList();
        var totalCapacity = mentors.Sum(m => m.CapacityFor(ProgramRole.Mentor));
        var asked = suggestions.Count * 3;
        foreach (var (id, count) in counts)
        {
            var cap = mentors.Single(m => m.Id == id).CapacityFor(ProgramRole.Mentor);
            Assert.True(count <= Math.Ceiling(cap * (double)asked / totalCapacity), $"{id} suggested {count} times");
        }

        Assert.All(suggestions, s => Assert.Equal(s.Suggestions.OrderByDescending(x => x.Score), s.Suggestions));
        var other = engine.Suggest(people, People.Mentoring(), 3, new MatchingRequest { Seed = 99 });
        Assert.NotEqual(
            suggestions.Select(s => s.Suggestions.Select(x => x.ProviderId).FirstOrDefault()),
            other.Select(s => s.Suggestions.Select(x => x.ProviderId).FirstOrDefault()));
    }

    [Fact]
    public void Stable_strategy_follows_preferences_people_supplied()
    {
        var strong = People.Person("strong", ProgramRole.Mentor) with { Skills = [new("ml", 5)], Interests = ["go"] };
        var weak = People.Person("weak", ProgramRole.Mentor) with { Skills = [new("ml", 1)] };
        var ann = People.Person("ann", ProgramRole.Mentee) with { Goals = [new("ml", 5)], Interests = ["go"] };
        var bob = People.Person("bob", ProgramRole.Mentee) with { Goals = [new("ml", 5)], Interests = ["chess"] };
        List<Participant> people = [strong, weak, ann, bob];
        var byScore = new MatchingEngine().Match(people, People.Mentoring(), new MatchingRequest { Strategy = "stable" });
        Assert.Equal("strong", byScore.Matches.Single(m => m.SeekerId == "ann").ProviderId);
        var request = new MatchingRequest
        {
            Strategy = "stable",
            SeekerPreferences = new Dictionary<string, IReadOnlyList<string>> { ["ann"] = ["weak"], ["bob"] = ["strong", "weak"] },
            ProviderPreferences = new Dictionary<string, IReadOnlyList<string>> { ["weak"] = ["ann"], ["strong"] = ["bob"] },
        };
        var byPeople = new MatchingEngine().Match(people, People.Mentoring(), request);
        Assert.Equal("weak", byPeople.Matches.Single(m => m.SeekerId == "ann").ProviderId);
        Assert.Equal("strong", byPeople.Matches.Single(m => m.SeekerId == "bob").ProviderId);
        Assert.Equal(0, byPeople.Quality.BlockingPairs);
        Assert.Equal(0, byScore.Quality.BlockingPairs);

        var bad = request with { SeekerPreferences = new Dictionary<string, IReadOnlyList<string>> { ["ann"] = ["nobody"] } };
        var ex = Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine().Match(people, People.Mentoring(), bad));
        Assert.Contains(ex.Problems, p => p.ItemId == "ann" && p.Field == "seekerPreferences[0]");
    }

    [Fact]
    public void Comparison_reports_every_strategy_on_the_same_candidates()
    {
        var comparison = new MatchingEngine().Compare(Population(8, 120), People.Mentoring());
        Assert.Equal(MatchingStrategies.Names, comparison.Reports.Select(r => r.Strategy));
        var optimal = comparison.Reports.Single(r => r.Strategy == "optimal");
        var greedy = comparison.Reports.Single(r => r.Strategy == "greedy");
        var stable = comparison.Reports.Single(r => r.Strategy == "stable");
        var fair = comparison.Reports.Single(r => r.Strategy == "fair");
        Assert.True(optimal.Matches >= greedy.Matches);
        Assert.True(optimal.Matches > greedy.Matches || optimal.TotalScore >= greedy.TotalScore - 1e-6);
        Assert.Equal(0, stable.BlockingPairs);
        Assert.True(fair.MinScore >= optimal.MinScore - 1e-9);
        Assert.All(comparison.Reports, r => Assert.Equal(0, r.ConstraintViolations));
    }

    [Fact]
    public void Top_k_pruning_is_reported_when_it_may_cost_optimality()
    {
        var people = Population(2, 90);
        var pruned = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 2 }).Match(people, People.Mentoring());
        Assert.True(pruned.Pruning.MayCostOptimality);
        Assert.True(pruned.Pruning.KeptPairs < pruned.Pruning.FeasiblePairs);
        var full = new MatchingEngine(new MatchingOptions { CandidatesPerSeeker = 0 }).Match(people, People.Mentoring());
        Assert.False(full.Pruning.MayCostOptimality);
        Assert.True(full.Quality.TotalScore >= pruned.Quality.TotalScore - 1e-6 || full.Matches.Count > pruned.Matches.Count);
    }
}
