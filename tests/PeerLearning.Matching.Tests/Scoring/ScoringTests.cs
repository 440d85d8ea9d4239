using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.Scoring;

public sealed class ScoringTests
{
    public static TheoryData<string> Programs => new() { "mentoring", "buddy", "reverse" };

    private static ProgramDefinition ProgramOf(string kind) => kind switch
    {
        "buddy" => new OnboardingBuddyProgram { Id = "b", Name = "Buddies", AsOf = People.AsOf },
        "reverse" => new ReverseMentoringProgram { Id = "r", Name = "Reverse", AsOf = People.AsOf },
        _ => new MentoringProgram
        {
            Id = "m",
            Name = "Mentoring",
            AsOf = People.AsOf,
            Weights = MatchingCriteria.All.ToDictionary(c => c, c => (double)(c.Length % 5) + 1),
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void Contributions_sum_to_a_score_between_0_and_100(string kind)
    {
        var program = ProgramOf(kind);
        var scoring = new PairScoring(People.AsOf);
        var people = People.Random(7, 60);
        foreach (var a in people)
        {
            foreach (var b in people.Take(20))
            {
                var score = scoring.Explain(a, b, program);
                Assert.InRange(score.Score, 0, 100);
                Assert.Equal(score.Score, score.Contributions.Sum(c => c.Points), 9);
                Assert.All(score.Contributions, c => Assert.InRange(c.Value, 0, 1));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Vectorized_row_scoring_equals_the_per_pair_explanation(string kind)
    {
        var program = ProgramOf(kind);
        var people = People.Random(11, 90);
        var scoring = new PairScoring(People.AsOf);
        var providers = Enumerable.Range(0, 45).ToArray();
        var seekers = Enumerable.Range(45, 45).ToArray();
        var scorer = new CandidateScorer(people, providers, seekers, program, scoring, People.AsOf, []);
        var scores = new double[providers.Length];
        var values = new double[providers.Length];
        var violations = new ConstraintKind[providers.Length];
        var checker = new PairConstraintChecker(people, program, People.AsOf, []);
        for (var s = 0; s < seekers.Length; s++)
        {
            scorer.ScoreRow(s, scores, values, violations);
            for (var p = 0; p < providers.Length; p++)
            {
                var expected = scoring.Explain(people[providers[p]], people[seekers[s]], program);
                Assert.Equal(expected.Score, scores[p], 10);
                Assert.Equal(checker.Check(people[providers[p]], people[seekers[s]]) == ConstraintKind.None, violations[p] == ConstraintKind.None);
            }
        }
    }

    [Fact]
    public void Goal_fit_weighs_mentor_proficiency_by_goal_priority()
    {
        var mentor = People.Person("m") with { Skills = [new("csharp", 5), new("sql", 0)] };
        var mentee = People.Person("e") with { Goals = [new("csharp", 3), new("sql", 1)] };
        var fit = new GoalFitScorer().Score(mentor, mentee, People.Mentoring());
        Assert.Equal(0.75, fit, 12);
    }

    [Fact]
    public void Reverse_goal_fit_counts_only_the_juniors_advantage()
    {
        var program = new ReverseMentoringProgram { Id = "r", Name = "r", MinSkillAdvantage = 2 };
        var junior = People.Person("j") with { Skills = [new("ml", 5), new("cloud", 3)] };
        var senior = People.Person("s") with { Skills = [new("ml", 1), new("cloud", 2)], Goals = [new("ml", 1), new("cloud", 1)] };
        Assert.Equal((4 / 5.0) / 2, new GoalFitScorer().Score(junior, senior, program), 12);
    }

    [Fact]
    public void Time_zone_overlap_uses_iana_zones_and_working_hours()
    {
        Assert.Equal(8, WorkingHoursOverlap.Hours(1, 1, new WorkingHours(9, 17)));
        Assert.Equal(2, WorkingHoursOverlap.Hours(2, -4, new WorkingHours(9, 17)));
        Assert.Equal(0, WorkingHoursOverlap.Hours(9, -5, new WorkingHours(9, 17)));
        Assert.Equal(8, WorkingHoursOverlap.Hours(12, -12, new WorkingHours(9, 17)));

        // Berlin is UTC+2 in June, New York UTC-4: a 9-17 day overlaps 2 hours.
        Assert.Equal(2.0, WorkingHoursOverlap.UtcOffsetHours("Europe/Berlin", People.AsOf)!.Value - 0.0, 12);
        var berlin = People.Person("a");
        var ny = People.Person("b") with { TimeZone = "America/New_York" };
        Assert.Equal(2 / 8.0, new TimeZoneOverlapScorer(People.AsOf).Score(berlin, ny, People.Mentoring()), 12);
    }

    [Fact]
    public void A_scorer_returning_nan_is_rejected_naming_the_pair_and_criterion()
    {
        var people = new List<Participant>
        {
            People.Person("mentor", ProgramRole.Mentor),
            People.Person("mentee", ProgramRole.Mentee),
        };
        var program = People.Mentoring() with { Weights = new Dictionary<string, double> { ["chemistry"] = 1 } };
        var engine = new MatchingEngine(scorers: [new NaNScorer()]);
        var ex = Assert.Throws<PeerLearningValidationException>(() => engine.Match(people, program));
        Assert.Contains(ex.Problems, p => p.ItemId == "mentor/mentee" && p.Field == "score.chemistry");
    }

    [Fact]
    public void A_weight_without_a_scorer_is_rejected()
    {
        var people = new List<Participant> { People.Person("mentor", ProgramRole.Mentor), People.Person("mentee", ProgramRole.Mentee) };
        var program = People.Mentoring() with { Weights = new Dictionary<string, double> { ["astrology"] = 1 } };
        var ex = Assert.Throws<PeerLearningValidationException>(() => new MatchingEngine().Match(people, program));
        Assert.Contains(ex.Problems, p => p.ItemId == "mentoring" && p.Field == "weights.astrology");
    }

    private sealed class NaNScorer : IPairScorer
    {
        public string Criterion => "chemistry";

        public double Score(Participant provider, Participant seeker, ProgramDefinition program) => double.NaN;
    }
}
