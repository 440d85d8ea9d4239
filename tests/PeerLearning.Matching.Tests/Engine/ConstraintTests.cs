using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.Engine;

public sealed class ConstraintTests
{
    private static MatchingResult Run(List<Participant> people, ProgramDefinition? program = null, MatchingRequest? request = null) =>
        new MatchingEngine().Match(people, program ?? People.Mentoring(), request);

    private static UnmatchedParticipant Reason(MatchingResult result, string id) => Assert.Single(result.Unmatched, u => u.ParticipantId == id);

    [Fact]
    public void Management_chain_is_excluded_in_both_directions()
    {
        var boss = People.Person("boss", ProgramRole.Mentor);
        var mid = People.Person("mid", ProgramRole.Mentee) with { ManagerId = "boss" };
        var report = People.Person("report", ProgramRole.Mentor) with { ManagerId = "mid" };
        var skip = People.Person("skip", ProgramRole.Mentee) with { ManagerId = "report" };
        var result = Run([boss, mid, report, skip]);
        Assert.Empty(result.Matches);
        var why = Reason(result, "mid");
        Assert.Equal(UnmatchedReason.NoFeasibleCandidate, why.Reason);
        Assert.Equal(2, why.CandidatesRemovedBy[ConstraintKind.ManagementChain]);
        Assert.Equal(2, Reason(result, "skip").CandidatesRemovedBy[ConstraintKind.ManagementChain]);
    }

    [Fact]
    public void Management_chain_may_be_allowed_by_the_program()
    {
        var boss = People.Person("boss", ProgramRole.Mentor);
        var mid = People.Person("mid", ProgramRole.Mentee) with { ManagerId = "boss" };
        var program = People.Mentoring() with { Constraints = new HardConstraints { ExcludeManagementChain = false } };
        Assert.Single(Run([boss, mid], program).Matches);
    }

    [Fact]
    public void Pairs_without_a_shared_language_are_removed()
    {
        var mentor = People.Person("mentor", ProgramRole.Mentor) with { Languages = ["de"] };
        var mentee = People.Person("mentee", ProgramRole.Mentee) with { Languages = ["EN"] };
        var result = Run([mentor, mentee]);
        Assert.Empty(result.Matches);
        Assert.Equal(1, Reason(result, "mentee").CandidatesRemovedBy[ConstraintKind.SharedLanguage]);
        Assert.Single(Run([mentor, mentee with { Languages = ["en", "DE"] }]).Matches);
    }

    [Fact]
    public void Minimum_time_zone_overlap_uses_working_hours()
    {
        var mentor = People.Person("mentor", ProgramRole.Mentor) with { TimeZone = "Asia/Tokyo" };
        var mentee = People.Person("mentee", ProgramRole.Mentee) with { TimeZone = "Europe/Berlin" };
        var strict = People.Mentoring() with { Constraints = new HardConstraints { MinTimeZoneOverlapHours = 2 } };

        // Tokyo UTC+9, Berlin UTC+2 in June: 9-17 days overlap 1 hour; a 8-18 day overlaps 3.
        Assert.Equal(1, Reason(Run([mentor, mentee], strict), "mentee").CandidatesRemovedBy[ConstraintKind.TimeZoneOverlap]);
        var longer = strict with { Constraints = strict.Constraints with { WorkingHours = new WorkingHours(8, 18) } };
        Assert.Single(Run([mentor, mentee], longer).Matches);
    }

    [Fact]
    public void Excluded_and_prior_pairs_are_not_matched_and_repeats_can_be_allowed()
    {
        var a = People.Person("a", ProgramRole.Mentor);
        var b = People.Person("b", ProgramRole.Mentee);
        var excluded = People.Mentoring() with { Constraints = new HardConstraints { ExcludedPairs = [new("b", "a")] } };
        Assert.Equal(1, Reason(Run([a, b], excluded), "b").CandidatesRemovedBy[ConstraintKind.ExcludedPair]);
        var prior = People.Mentoring() with { Constraints = new HardConstraints { PriorPairings = [new("a", "b")] } };
        Assert.Equal(1, Reason(Run([a, b], prior), "b").CandidatesRemovedBy[ConstraintKind.PriorPairing]);
        var repeat = prior with { Constraints = prior.Constraints with { NoRepeatPairings = false } };
        Assert.Single(Run([a, b], repeat).Matches);
    }

    [Fact]
    public void Ineligible_participants_are_reported_with_the_rule_they_miss()
    {
        var program = People.Mentoring() with { Eligibility = [new EligibilityRule(ProgramRole.Mentor, "seniority", EligibilityOperator.AtLeast, ["3"])] };
        var junior = People.Person("junior", ProgramRole.Mentor) with { SeniorityLevel = 1 };
        var senior = People.Person("senior", ProgramRole.Mentor) with { SeniorityLevel = 4 };
        var mentee = People.Person("mentee", ProgramRole.Mentee);
        var result = Run([junior, senior, mentee], program);
        Assert.Equal("senior", Assert.Single(result.Matches).ProviderId);
        var why = Reason(result, "junior");
        Assert.Equal(UnmatchedReason.NotEligible, why.Reason);
        Assert.Contains("seniority", why.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void When_capacity_runs_out_the_unmatched_mentee_is_told_so()
    {
        var mentor = People.Person("mentor", ProgramRole.Mentor);
        var m1 = People.Person("m1", ProgramRole.Mentee);
        var m2 = People.Person("m2", ProgramRole.Mentee);
        var result = Run([mentor, m1, m2]);
        Assert.Single(result.Matches);
        var loser = result.Unmatched.Single(u => u.Role == ProgramRole.Mentee);
        Assert.Equal(UnmatchedReason.CapacityRanOut, loser.Reason);
    }

    [Fact]
    public void Mentor_capacity_and_k_mentors_per_mentee_are_respected()
    {
        var people = People.Random(3, 80, (rng, i) => i % 3 == 0
            ? [new RoleCapacity(ProgramRole.Mentor, rng.Next(1, 4))]
            : [new RoleCapacity(ProgramRole.Mentee)]);
        var program = People.Mentoring() with { MentorsPerMentee = 2 };
        var result = Run(people, program);
        Assert.Equal(0, result.Quality.ConstraintViolations);
        foreach (var g in result.Matches.GroupBy(m => m.ProviderId))
        {
            Assert.True(g.Count() <= people.Single(p => p.Id == g.Key).CapacityFor(ProgramRole.Mentor));
        }

        foreach (var g in result.Matches.GroupBy(m => m.SeekerId))
        {
            Assert.True(g.Count() <= 2);
            Assert.Equal(g.Count(), g.Select(m => m.ProviderId).Distinct().Count());
        }

        Assert.Contains(result.Matches.GroupBy(m => m.SeekerId), g => g.Count() == 2);
    }

    [Theory]
    [InlineData("greedy")]
    [InlineData("optimal")]
    [InlineData("min-cost-flow")]
    [InlineData("stable")]
    [InlineData("fair")]
    public void No_strategy_ever_breaks_a_hard_constraint_on_random_populations(string strategy)
    {
        for (var seed = 0; seed < 15; seed++)
        {
            var people = People.Random(seed, 70);
            var program = People.Mentoring() with
            {
                Constraints = new HardConstraints
                {
                    MinTimeZoneOverlapHours = seed % 2 == 0 ? 3 : null,
                    ExcludedPairs = [new("p001", "p002"), new("p003", "p010")],
                    PriorPairings = [new("p004", "p005")],
                },
                MentorsPerMentee = 1 + (seed % 2),
            };
            var result = new MatchingEngine().Match(people, program, new MatchingRequest { Strategy = strategy, Seed = seed });
            Assert.Equal(0, result.Quality.ConstraintViolations);
            var checker = new PairConstraintChecker(people, program, People.AsOf, []);
            foreach (var m in result.Matches)
            {
                var provider = people.Single(p => p.Id == m.ProviderId);
                var seeker = people.Single(p => p.Id == m.SeekerId);
                Assert.Equal(ConstraintKind.None, checker.Check(provider, seeker));
                Assert.True(program.IsEligible(provider, ProgramRole.Mentor, People.AsOf));
                Assert.True(program.IsEligible(seeker, ProgramRole.Mentee, People.AsOf));
            }
        }
    }

    [Fact]
    public void Reverse_mentoring_pairs_juniors_who_know_more_with_seniors()
    {
        var junior = People.Person("junior", ProgramRole.ReverseMentor) with { SeniorityLevel = 1, Skills = [new("ml", 5)] };
        var peer = People.Person("peer", ProgramRole.ReverseMentor) with { SeniorityLevel = 5, Skills = [new("ml", 5)] };
        var novice = People.Person("novice", ProgramRole.ReverseMentor) with { SeniorityLevel = 0, Skills = [new("ml", 2)] };
        var senior = People.Person("senior", ProgramRole.ReverseMentee) with { SeniorityLevel = 5, Skills = [new("ml", 1)], Goals = [new("ml", 5)] };
        var program = new ReverseMentoringProgram { Id = "rev", Name = "Reverse", AsOf = People.AsOf, MinSkillAdvantage = 2 };
        var result = new MatchingEngine().Match([junior, peer, novice, senior], program);
        var match = Assert.Single(result.Matches);
        Assert.Equal(("junior", "senior"), (match.ProviderId, match.SeekerId));
        Assert.Equal(ProgramRole.ReverseMentor, match.ProviderRole);
        var overall = result.Unmatched.Single(u => u.ParticipantId == "novice");
        Assert.Equal(UnmatchedReason.NoFeasibleCandidate, overall.Reason);
    }

    [Fact]
    public void Onboarding_buddies_need_tenure_and_are_one_to_one_preferring_the_same_site()
    {
        var oldHand = People.Person("old", ProgramRole.Buddy) with { HireDate = People.AsOf.AddMonths(-24), Location = "Berlin", Team = "t1", Roles = [new(ProgramRole.Buddy, 3)] };
        var other = People.Person("other", ProgramRole.Buddy) with { HireDate = People.AsOf.AddMonths(-24), Location = "Pune" };
        var fresh = People.Person("fresh", ProgramRole.Buddy) with { HireDate = People.AsOf.AddMonths(-2), Location = "Berlin", Team = "t1" };
        var n1 = People.Person("n1", ProgramRole.Newcomer) with { Location = "Berlin", Team = "t1", HireDate = People.AsOf };
        var n2 = People.Person("n2", ProgramRole.Newcomer) with { Location = "Berlin", Team = "t2", HireDate = People.AsOf };
        var program = new OnboardingBuddyProgram { Id = "buddy", Name = "Buddies", AsOf = People.AsOf, MinBuddyTenureMonths = 6 };
        var result = new MatchingEngine().Match([oldHand, other, fresh, n1, n2], program);
        Assert.Equal(2, result.Matches.Count);
        Assert.Equal("old", result.Matches.Single(m => m.SeekerId == "n1").ProviderId);
        Assert.Equal("other", result.Matches.Single(m => m.SeekerId == "n2").ProviderId);
        Assert.Equal(UnmatchedReason.NotEligible, result.Unmatched.Single(u => u.ParticipantId == "fresh").Reason);
    }

    [Fact]
    public void Bad_input_lists_every_problem_naming_item_and_field()
    {
        var people = new List<Participant>
        {
            People.Person("mentor", ProgramRole.Mentor) with { Roles = [new(ProgramRole.Mentor, -1)] },
            People.Person("mentee", ProgramRole.Mentee) with { AvailabilityHoursPerMonth = double.NaN },
        };
        var request = new MatchingRequest { PinnedPairs = [new("ghost", "mentee")], ForbiddenPairs = [new("mentor", "nobody")] };
        var ex = Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine().Match(people, People.Mentoring(), request));
        Assert.Contains(ex.Problems, p => p.ItemId == "mentor" && p.Field == "roles[mentor].capacity");
        Assert.Contains(ex.Problems, p => p.ItemId == "mentee" && p.Field == "availabilityHoursPerMonth");
        Assert.Contains(ex.Problems, p => p.ItemId == "ghost" && p.Field == "pinnedPairs[0]");
        Assert.Contains(ex.Problems, p => p.ItemId == "nobody" && p.Field == "forbiddenPairs[0]");
    }

    [Fact]
    public void Group_programs_and_unknown_strategies_are_rejected()
    {
        var people = new List<Participant> { People.Person("a", ProgramRole.Peer) };
        var circle = new PeerCircleProgram { Id = "circle", Name = "Circle" };
        var ex = Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine().Match(people, circle));
        Assert.Contains(ex.Problems, p => p.ItemId == "circle" && p.Field == "kind");
        Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine().Match(people, People.Mentoring(), new MatchingRequest { Strategy = "magic" }));
    }
}
