namespace PeerLearning.Abstractions.Tests;

public sealed class EligibilityTests
{
    [Fact]
    public void Tenure_rule_counts_completed_months()
    {
        var person = Sample.Person("a") with { HireDate = new DateOnly(2025, 7, 2) };
        var rule = new EligibilityRule(ProgramRole.Buddy, "tenureMonths", EligibilityOperator.AtLeast, ["6"]);
        Assert.False(rule.IsMetBy(person, new DateOnly(2026, 1, 1)));
        Assert.True(rule.IsMetBy(person, new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void Unknown_hire_date_never_meets_a_tenure_rule()
    {
        var rule = new EligibilityRule(null, "tenureMonths", EligibilityOperator.AtMost, ["100"]);
        Assert.False(rule.IsMetBy(Sample.Person("a") with { HireDate = null }, Sample.AsOf));
    }

    [Fact]
    public void Attribute_rule_reads_free_attributes_case_insensitively()
    {
        var person = Sample.Person("a") with { Attributes = new Dictionary<string, string> { ["gender"] = "Female" } };
        var rule = new EligibilityRule(null, "attribute:gender", EligibilityOperator.In, ["female", "non-binary"]);
        Assert.True(rule.IsMetBy(person, Sample.AsOf));
        Assert.False((rule with { Operator = EligibilityOperator.NotIn }).IsMetBy(person, Sample.AsOf));
    }

    [Fact]
    public void Program_eligibility_needs_the_role_and_every_rule_for_it()
    {
        var program = Sample.Mentoring() with
        {
            Eligibility = [new EligibilityRule(ProgramRole.Mentor, "seniority", EligibilityOperator.AtLeast, ["3"])],
        };
        var junior = Sample.Person("a");
        Assert.False(program.IsEligible(junior, ProgramRole.Mentor, Sample.AsOf));
        Assert.True(program.IsEligible(junior, ProgramRole.Mentee, Sample.AsOf));
        Assert.True(program.IsEligible(junior with { SeniorityLevel = 3 }, ProgramRole.Mentor, Sample.AsOf));
        Assert.False(program.IsEligible(junior with { Roles = [] }, ProgramRole.Mentee, Sample.AsOf));
    }
}
