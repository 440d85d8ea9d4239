namespace PeerLearning.Abstractions.Tests;

public sealed class ProgramValidationTests
{
    private static ValidationProblem Single(ProgramDefinition program) => Assert.Single(PeerLearningValidator.Validate(program));

    [Fact]
    public void Valid_program_has_no_problems() => Assert.Empty(PeerLearningValidator.Validate(Sample.Valid(), Sample.Mentoring(), Sample.AsOf));

    [Theory]
    [InlineData(double.NaN, "must be a finite number, was NaN")]
    [InlineData(double.PositiveInfinity, "must be a finite number, was Infinity")]
    [InlineData(-0.5, "must not be negative, was -0.5")]
    public void Bad_weight_is_reported(double weight, string message)
    {
        var program = Sample.Mentoring() with { Weights = new Dictionary<string, double> { ["goalFit"] = weight, ["sharedLanguage"] = 1 } };
        var problem = Single(program);
        Assert.Equal(("mentoring-2026", "weights.goalFit", message), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void All_zero_weights_are_reported()
    {
        var problem = Single(Sample.Mentoring() with { Weights = new Dictionary<string, double> { ["goalFit"] = 0 } });
        Assert.Equal(("weights", "at least one weight must be positive"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Inverted_group_sizes_are_reported()
    {
        var problem = Single(new PeerCircleProgram { Id = "circles", Name = "Circles", MinGroupSize = 6, MaxGroupSize = 4 });
        Assert.Equal(("circles", "maxGroupSize", "must be at least MinGroupSize (6), was 4"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Mentors_per_mentee_below_one_is_reported()
    {
        var problem = Single(Sample.Mentoring() with { MentorsPerMentee = 0 });
        Assert.Equal(("mentorsPerMentee", "must be at least 1, was 0"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Out_of_range_time_zone_overlap_is_reported()
    {
        var problem = Single(Sample.Mentoring() with { Constraints = new HardConstraints { MinTimeZoneOverlapHours = 30 } });
        Assert.Equal(("constraints.minTimeZoneOverlapHours", "must be from 0 to 24 hours, was 30"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Unknown_eligibility_field_is_reported()
    {
        var program = Sample.Mentoring() with { Eligibility = [new EligibilityRule(ProgramRole.Mentor, "shoeSize", EligibilityOperator.AtLeast, ["42"])] };
        var problem = Single(program);
        Assert.Equal(("eligibility[0].field", "unknown field 'shoeSize'"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Numeric_rule_without_a_number_is_reported()
    {
        var program = Sample.Mentoring() with { Eligibility = [new EligibilityRule(ProgramRole.Mentor, "seniority", EligibilityOperator.AtLeast, ["senior"])] };
        var problem = Single(program);
        Assert.Equal(("eligibility[0].values", "numeric field 'seniority' needs exactly one finite number"), (problem.Field, problem.Message));
    }

    [Fact]
    public void Empty_program_is_reported_per_role()
    {
        var people = Sample.Valid().Select(p => p with { Roles = [new(ProgramRole.Mentee, 1)] }).ToList();
        var problem = Assert.Single(PeerLearningValidator.Validate(people, Sample.Mentoring(), Sample.AsOf));
        Assert.Equal(("mentoring-2026", "participants", "empty program: no participant is eligible for role Mentor"), (problem.ItemId, problem.Field, problem.Message));
    }

    [Fact]
    public void Excluded_pair_with_unknown_id_is_reported()
    {
        var program = Sample.Mentoring() with { Constraints = new HardConstraints { ExcludedPairs = [new ParticipantPair("a", "nobody")] } };
        var problem = Assert.Single(PeerLearningValidator.Validate(Sample.Valid(), program, Sample.AsOf));
        Assert.Equal(("constraints.excludedPairs[0]", "unknown participant id 'nobody'"), (problem.Field, problem.Message));
    }
}
