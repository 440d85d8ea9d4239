using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.Solving;

public sealed class SolverOracleTests
{
    public static TheoryData<string> OptimalStrategies => new() { OptimalStrategy.StrategyName, AssignmentStrategy.StrategyName, MinCostFlowStrategy.StrategyName };

    [Theory]
    [MemberData(nameof(OptimalStrategies))]
    public void Optimal_strategies_match_brute_force_on_small_one_to_one_instances(string name)
    {
        var strategy = MatchingStrategies.Get(name);
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(1, 8), rng.Next(1, 8), rng.NextDouble(), maxCapacity: 1, integerScores: seed % 2 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(BruteForce.Optimum(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Theory]
    [InlineData(MinCostFlowStrategy.StrategyName)]
    [InlineData(OptimalStrategy.StrategyName)]
    public void Capacitated_optimal_strategies_match_brute_force_with_capacities_and_k_per_seeker(string name)
    {
        var strategy = MatchingStrategies.Get(name);
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(1, 6), rng.Next(1, 5), 0.3 + (0.7 * rng.NextDouble()), maxDemand: 2, maxCapacity: 3, integerScores: seed % 3 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(BruteForce.Optimum(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Fact]
    public void Assignment_strategy_with_capacity_seats_matches_brute_force()
    {
        var strategy = new AssignmentStrategy();
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(1, 7), rng.Next(1, 4), rng.NextDouble(), maxCapacity: 3, integerScores: seed % 2 == 1);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(BruteForce.Optimum(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Fact]
    public void Assignment_strategy_falls_back_to_the_sparse_solver_when_the_matrix_would_not_fit()
    {
        var strategy = new AssignmentStrategy(maxDenseCells: 4);
        for (var seed = 0; seed < 60; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(2, 7), rng.Next(2, 5), rng.NextDouble(), maxCapacity: 2);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(BruteForce.Optimum(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Fact]
    public void Assignment_strategy_refuses_k_providers_per_seeker()
    {
        var g = RandomGraphs.Create(1, 4, 4, 1, maxDemand: 1);
        var twoEach = new CandidateGraph([2, 1, 1, 1], [1, 1, 1, 1], [0, 4, 8, 12, 16], [.. Enumerable.Range(0, 16).Select(i => i % 4)], [.. Enumerable.Repeat(50.0, 16)]);
        Assert.NotEmpty(new AssignmentStrategy().Solve(g, 0));
        var ex = Assert.Throws<PeerLearningValidationException>(() => new AssignmentStrategy().Solve(twoEach, 0));
        Assert.Contains(ex.Problems, p => p.ItemId == "seeker #0" && p.Field == "demand");
    }

    [Fact]
    public void Fair_strategy_matches_brute_force_on_small_instances()
    {
        var strategy = new FairStrategy();
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(1, 6), rng.Next(1, 5), rng.NextDouble(), maxDemand: 2, maxCapacity: 2, integerScores: seed % 2 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            var (units, cost) = RandomGraphs.Objective(g, chosen);
            var min = chosen.Count == 0 ? double.PositiveInfinity : chosen.Min(g.ScoreOf);
            Assert.Equal(BruteForce.FairOptimum(g), (units, min, cost));
        }
    }

    [Theory]
    [MemberData(nameof(OptimalStrategies))]
    public void Optimal_strategies_equal_or_tools_min_cost_flow_on_random_one_to_one_instances(string name)
    {
        var strategy = MatchingStrategies.Get(name);
        for (var seed = 0; seed < 120; seed++)
        {
            var rng = new Random(1000 + seed);
            var g = RandomGraphs.Create(1000 + seed, rng.Next(5, 60), rng.Next(5, 60), 0.05 + (0.6 * rng.NextDouble()), integerScores: seed % 2 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(OrToolsReference.MinCostFlow(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Fact]
    public void Min_cost_flow_equals_or_tools_on_random_capacitated_instances()
    {
        var strategy = new MinCostFlowStrategy();
        for (var seed = 0; seed < 120; seed++)
        {
            var rng = new Random(5000 + seed);
            var g = RandomGraphs.Create(5000 + seed, rng.Next(10, 120), rng.Next(3, 40), 0.05 + (0.5 * rng.NextDouble()), maxDemand: rng.Next(1, 4), maxCapacity: rng.Next(1, 7), integerScores: seed % 2 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(OrToolsReference.MinCostFlow(g), RandomGraphs.Objective(g, chosen));
        }
    }

    /// <summary>
    /// Like an organization's top-k lists: everyone's candidates lean to the same popular providers, so most of them
    /// are full, many seekers go unserved, and the solver must trade seats along long alternating paths.
    /// </summary>
    [Fact]
    public void Min_cost_flow_equals_or_tools_on_congested_instances_where_everyone_wants_the_same_providers()
    {
        var strategy = new MinCostFlowStrategy();
        for (var seed = 0; seed < 12; seed++)
        {
            var rng = new Random(9000 + seed);
            int seekers = rng.Next(300, 1500), providers = rng.Next(40, 300), k = rng.Next(5, 30);
            var rowStart = new int[seekers + 1];
            var arcProvider = new List<int>();
            var arcScore = new List<double>();
            for (var s = 0; s < seekers; s++)
            {
                rowStart[s] = arcProvider.Count;
                var picked = new SortedSet<int>();
                while (picked.Count < Math.Min(k, providers))
                {
                    // Squaring a uniform draw piles the picks onto the low (popular) provider numbers.
                    var u = rng.NextDouble();
                    picked.Add((int)(u * u * providers));
                }

                foreach (var p in picked)
                {
                    arcProvider.Add(p);
                    arcScore.Add(Math.Round(100 - (40 * p / (double)providers) - (20 * rng.NextDouble()), 2));
                }
            }

            rowStart[seekers] = arcProvider.Count;
            var demand = Enumerable.Range(0, seekers).Select(_ => rng.Next(10) == 0 ? 2 : 1).ToArray();
            var capacity = Enumerable.Range(0, providers).Select(_ => rng.Next(1, 6)).ToArray();
            var g = new CandidateGraph(demand, capacity, rowStart, [.. arcProvider], [.. arcScore]);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(OrToolsReference.MinCostFlow(g), RandomGraphs.Objective(g, chosen));
        }
    }

    [Fact]
    public void Fair_strategy_equals_or_tools_bottleneck_and_min_cost_on_random_instances()
    {
        var strategy = new FairStrategy();
        for (var seed = 0; seed < 100; seed++)
        {
            var rng = new Random(9000 + seed);
            var g = RandomGraphs.Create(9000 + seed, rng.Next(5, 30), rng.Next(3, 20), 0.1 + (0.5 * rng.NextDouble()), maxDemand: 2, maxCapacity: 3, integerScores: true);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            var (units, cost) = RandomGraphs.Objective(g, chosen);
            var min = chosen.Count == 0 ? double.PositiveInfinity : chosen.Min(g.ScoreOf);
            Assert.Equal(OrToolsReference.Fair(g), (units, min, cost));
        }
    }

    [Fact]
    public void Dense_linear_assignment_equals_or_tools_linear_sum_assignment()
    {
        for (var seed = 0; seed < 120; seed++)
        {
            var rng = new Random(seed);
            var rows = rng.Next(1, 70);
            var cols = rows + (seed % 3 == 0 ? rng.Next(0, 20) : 0);
            var maxCost = seed % 4 == 0 ? 5 : 1000;
            var costs = new long[rows * cols];
            for (var i = 0; i < costs.Length; i++)
            {
                costs[i] = rng.Next(0, maxCost);
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            Assert.Equal(rows, assignment.Distinct().Count());
            Assert.DoesNotContain(-1, assignment);
            Assert.Equal(OrToolsReference.Assignment(costs, rows, cols), LinearAssignment.TotalCost(costs, cols, assignment));
        }
    }

    [Fact]
    public void Dense_linear_assignment_handles_more_rows_than_columns()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var rng = new Random(seed);
            var cols = rng.Next(1, 30);
            var rows = cols + rng.Next(1, 10);
            var costs = new long[rows * cols];
            var transposed = new long[rows * cols];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < cols; j++)
                {
                    costs[(i * cols) + j] = transposed[(j * rows) + i] = rng.Next(0, 100);
                }
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            Assert.Equal(cols, assignment.Count(c => c >= 0));
            Assert.Equal(cols, assignment.Where(c => c >= 0).Distinct().Count());
            Assert.Equal(OrToolsReference.Assignment(transposed, cols, rows), LinearAssignment.TotalCost(costs, cols, assignment));
        }
    }

    [Fact]
    public void Stable_strategy_leaves_no_blocking_pairs_on_random_instances()
    {
        var strategy = new StableStrategy();
        for (var seed = 0; seed < 200; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.Create(seed, rng.Next(1, 60), rng.Next(1, 30), rng.NextDouble(), maxDemand: rng.Next(1, 3), maxCapacity: rng.Next(1, 5), integerScores: seed % 2 == 0);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(0, RandomGraphs.BlockingPairs(g, chosen));
        }
    }

    [Fact]
    public void Stable_strategy_leaves_no_blocking_pairs_under_supplied_preferences()
    {
        var strategy = new StableStrategy();
        for (var seed = 0; seed < 200; seed++)
        {
            var rng = new Random(seed);
            var g = RandomGraphs.WithRandomPreferences(RandomGraphs.Create(seed, rng.Next(1, 50), rng.Next(1, 25), rng.NextDouble(), maxDemand: rng.Next(1, 3), maxCapacity: rng.Next(1, 4)), seed);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            Assert.Equal(0, RandomGraphs.BlockingPairs(g, chosen));
        }
    }

    [Fact]
    public void Stable_strategy_gives_every_seeker_their_best_stable_partner_on_small_instances()
    {
        var strategy = new StableStrategy();
        for (var seed = 0; seed < 100; seed++)
        {
            var rng = new Random(seed);

            // Distinct scores: the seeker-optimal stable matching is unique.
            var g = RandomGraphs.Create(seed, rng.Next(1, 6), rng.Next(1, 5), rng.NextDouble(), maxCapacity: 2);
            var chosen = strategy.Solve(g, seed);
            var stable = BruteForce.AllSelections(g).Where(sel => RandomGraphs.BlockingPairs(g, sel) == 0).ToList();
            Assert.NotEmpty(stable);
            for (var s = 0; s < g.SeekerCount; s++)
            {
                var mine = chosen.Where(a => g.SeekerOf(a) == s).Select(g.ScoreOf).DefaultIfEmpty(-1).Max();
                var bestStable = stable.Max(sel => sel.Where(a => g.SeekerOf(a) == s).Select(g.ScoreOf).DefaultIfEmpty(-1).Max());
                Assert.Equal(bestStable, mine);
            }
        }
    }

    [Theory]
    [InlineData(GreedyStrategy.StrategyName)]
    [InlineData(OptimalStrategy.StrategyName)]
    [InlineData(MinCostFlowStrategy.StrategyName)]
    [InlineData(StableStrategy.StrategyName)]
    [InlineData(FairStrategy.StrategyName)]
    public void Same_seed_gives_the_same_result(string name)
    {
        var strategy = MatchingStrategies.Get(name);
        for (var seed = 0; seed < 20; seed++)
        {
            var g = RandomGraphs.Create(seed, 40, 15, 0.3, maxCapacity: 3, integerScores: true);
            Assert.Equal(strategy.Solve(g, seed), strategy.Solve(g, seed));
        }
    }

    [Fact]
    public void Greedy_is_feasible_and_maximal()
    {
        var strategy = new GreedyStrategy();
        for (var seed = 0; seed < 100; seed++)
        {
            var g = RandomGraphs.Create(seed, 30, 12, 0.3, maxDemand: 2, maxCapacity: 3, integerScores: true);
            var chosen = strategy.Solve(g, seed);
            RandomGraphs.AssertFeasible(g, chosen);
            var set = chosen.ToHashSet();
            for (var a = 0; a < g.ArcCount; a++)
            {
                if (!set.Contains(a))
                {
                    var s = g.SeekerOf(a);
                    var p = g.ProviderOf(a);
                    var seekerFull = chosen.Count(c => g.SeekerOf(c) == s) >= g.DemandOf(s);
                    var providerFull = chosen.Count(c => g.ProviderOf(c) == p) >= g.CapacityOf(p);
                    Assert.True(seekerFull || providerFull);
                }
            }
        }
    }

    [Fact]
    public void Graph_rejects_nan_scores_negative_capacity_and_unknown_providers_naming_each()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() =>
            new CandidateGraph([1, -1], [-2, 1], [0, 2, 3], [0, 5, 1], [double.NaN, 10, 101]));
        Assert.Contains(ex.Problems, p => p.ItemId == "seeker #1" && p.Field == "demand");
        Assert.Contains(ex.Problems, p => p.ItemId == "provider #0" && p.Field == "capacity");
        Assert.Contains(ex.Problems, p => p.ItemId == "seeker #0" && p.Field == "arcs[0].score");
        Assert.Contains(ex.Problems, p => p.ItemId == "seeker #0" && p.Field == "arcs[1].provider");
        Assert.Contains(ex.Problems, p => p.ItemId == "seeker #1" && p.Field == "arcs[2].score");
    }

    [Fact]
    public void Unknown_strategy_name_is_rejected_with_the_known_names()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => MatchingStrategies.Get("hungarian-ish"));
        Assert.Contains("min-cost-flow", ex.Message, StringComparison.Ordinal);
    }
}
