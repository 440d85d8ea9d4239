namespace PeerLearning.Recognition.Tests.Badges;

public sealed class PrerequisiteCycleTests
{
    [Fact]
    public void A_prerequisite_cycle_is_rejected_at_load_naming_its_badges_and_the_field()
    {
        const string json = """
            { "badges": [
              { "id": "starter", "name": "Starter", "criteria": { "type": "first", "event": "sessionHeld" } },
              { "id": "a", "name": "A", "criteria": { "type": "all", "criteria": [ { "type": "first", "event": "contentShared" }, { "type": "badge", "badgeId": "b" } ] } },
              { "id": "b", "name": "B", "criteria": { "type": "any", "criteria": [ { "type": "badge", "badgeId": "c" }, { "type": "badge", "badgeId": "starter" } ] } },
              { "id": "c", "name": "C", "criteria": { "type": "badge", "badgeId": "a" } }
            ] }
            """;

        var ex = Assert.Throws<PeerLearningValidationException>(() => BadgeRuleSet.Parse(json));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("a", problem.ItemId);
        Assert.Equal("criteria.criteria[1].badgeId", problem.Field);
        Assert.Contains("cycle: a -> b -> c -> a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_separate_cycle_is_reported_at_once_with_the_other_problems()
    {
        var rules = new BadgeRuleSet
        {
            Badges =
            [
                new BadgeDefinition { Id = "x", Name = "X", Criteria = new PrerequisiteBadgeCriterion("y") },
                new BadgeDefinition { Id = "y", Name = "Y", Criteria = new PrerequisiteBadgeCriterion("x") },
                new BadgeDefinition { Id = "p", Name = "P", Criteria = new AllOfCriterion([new PrerequisiteBadgeCriterion("q"), new PrerequisiteBadgeCriterion("missing")]) },
                new BadgeDefinition { Id = "q", Name = "Q", Criteria = new AnyOfCriterion([new FirstTimeCriterion("sessionHeld"), new PrerequisiteBadgeCriterion("p")]) },
            ],
        };

        var problems = rules.Validate().Select(p => $"{p.ItemId} {p.Field}: {p.Message}").ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains("p criteria.criteria[1].badgeId: unknown badge 'missing'", problems);
        Assert.Contains(problems, p => p.StartsWith("x criteria.badgeId: prerequisites form a cycle: x -> y -> x", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("p criteria.criteria[0].badgeId: prerequisites form a cycle: p -> q -> p", StringComparison.Ordinal));
        Assert.Throws<PeerLearningValidationException>(() => new BadgeRuleEvaluator(rules));
    }

    [Fact]
    public void A_group_with_several_cycles_names_its_shortest_cycle_and_every_member()
    {
        var rules = new BadgeRuleSet
        {
            Badges =
            [
                new BadgeDefinition { Id = "a", Name = "A", Criteria = new AllOfCriterion([new PrerequisiteBadgeCriterion("b"), new PrerequisiteBadgeCriterion("d")]) },
                new BadgeDefinition { Id = "b", Name = "B", Criteria = new PrerequisiteBadgeCriterion("c") },
                new BadgeDefinition { Id = "c", Name = "C", Criteria = new PrerequisiteBadgeCriterion("a") },
                new BadgeDefinition { Id = "d", Name = "D", Criteria = new PrerequisiteBadgeCriterion("a") },
            ],
        };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("a", problem.ItemId);
        Assert.Equal("criteria.criteria[1].badgeId", problem.Field);
        Assert.Contains("cycle: a -> d -> a; mutually dependent badges: a, b, c, d", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_prerequisites_without_a_cycle_are_accepted()
    {
        // A diamond: top needs left and right, both need base. Long chains are fine too.
        var badges = new List<BadgeDefinition>
        {
            new() { Id = "base", Name = "Base", Criteria = new FirstTimeCriterion("sessionHeld") },
            new() { Id = "left", Name = "Left", Criteria = new PrerequisiteBadgeCriterion("base") },
            new() { Id = "right", Name = "Right", Criteria = new AllOfCriterion([new PrerequisiteBadgeCriterion("base"), new FirstTimeCriterion("contentShared")]) },
            new() { Id = "top", Name = "Top", Criteria = new AllOfCriterion([new PrerequisiteBadgeCriterion("left"), new PrerequisiteBadgeCriterion("right")]) },
        };
        for (var i = 0; i < 5_000; i++)
        {
            badges.Add(new() { Id = $"chain{i}", Name = $"Chain {i}", Criteria = new PrerequisiteBadgeCriterion(i == 0 ? "top" : $"chain{i - 1}") });
        }

        Assert.Empty(new BadgeRuleSet { Badges = badges }.Validate());
    }

    [Fact]
    public void A_long_cycle_is_found_without_deep_recursion()
    {
        var badges = Enumerable.Range(0, 5_000)
            .Select(i => new BadgeDefinition { Id = $"n{i}", Name = $"N {i}", Criteria = new PrerequisiteBadgeCriterion($"n{(i + 1) % 5_000}") })
            .ToList();

        var problem = Assert.Single(new BadgeRuleSet { Badges = badges }.Validate());

        Assert.Equal("n0", problem.ItemId);
        Assert.StartsWith("prerequisites form a cycle: n0 -> n1 -> n2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("n4999 -> n0", problem.Message, StringComparison.Ordinal);
    }
}
