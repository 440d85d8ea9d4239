using PeerLearning.Matching.Tests.Oracles;

namespace PeerLearning.Matching.Tests.Solving;

public sealed class LinearAssignmentTests
{
    [Fact]
    public void Solver_matches_brute_force_on_small_matrices_of_every_shape_and_sign()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var rng = new Random(seed);
            var rows = rng.Next(1, 8);
            var cols = rng.Next(1, 8);
            var offset = seed % 3 == 0 ? -500 : 0;
            var maxCost = seed % 4 == 0 ? 4 : 1000;
            var costs = new int[rows * cols];
            for (var i = 0; i < costs.Length; i++)
            {
                costs[i] = offset + rng.Next(0, maxCost);
            }

            var wide = costs.Select(c => (long)c).ToArray();
            var fromInt = LinearAssignment.Solve(costs, rows, cols);
            var fromLong = LinearAssignment.Solve(wide, rows, cols);
            AssertValid(fromInt, rows, cols);
            AssertValid(fromLong, rows, cols);
            var optimum = BruteForceOptimum(wide, rows, cols);
            Assert.Equal(optimum, LinearAssignment.TotalCost(wide, cols, fromInt));
            Assert.Equal(optimum, LinearAssignment.TotalCost(wide, cols, fromLong));

            // The same matrix spread and shifted beyond the int lane range runs on long lanes (or, with a spread
            // still under 2^28, on int lanes after a common shift).
            var shifted = wide.Select(c => (c << 20) + (1L << 35)).ToArray();
            var fromLongLanes = LinearAssignment.Solve(shifted, rows, cols);
            AssertValid(fromLongLanes, rows, cols);
            Assert.Equal(BruteForceOptimum(shifted, rows, cols), LinearAssignment.TotalCost(shifted, cols, fromLongLanes));
        }
    }

    [Fact]
    public void Costs_at_the_edges_of_the_int_lane_range_are_solved_exactly()
    {
        // Only the extremes ±2^27 (the widest spread int lanes accept) and a few values between them.
        const int edge = 1 << 27;
        for (var seed = 0; seed < 100; seed++)
        {
            var rng = new Random(11_000 + seed);
            var rows = rng.Next(1, 45);
            var cols = rows + (seed % 2 == 0 ? rng.Next(0, 10) : 0);
            var costs = new int[rows * cols];
            for (var i = 0; i < costs.Length; i++)
            {
                costs[i] = rng.Next(0, 5) switch
                {
                    0 => -edge,
                    1 or 2 => edge,
                    _ => rng.Next(-edge, edge),
                };
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            AssertValid(assignment, rows, cols);
            var wide = costs.Select(c => (long)c).ToArray();
            Assert.Equal(OrToolsReference.Assignment(wide, rows, cols), LinearAssignment.TotalCost(wide, cols, assignment));
        }
    }

    [Fact]
    public void Solver_equals_or_tools_on_machol_wien_instances()
    {
        for (var n = 2; n <= 121; n++)
        {
            // Machol and Wien's hard instance: c(i, j) = i · j for i, j in 1..n (the optimum is the anti-diagonal).
            var costs = new int[n * n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    costs[(i * n) + j] = (i + 1) * (j + 1);
                }
            }

            var assignment = LinearAssignment.Solve(costs, n, n);
            AssertValid(assignment, n, n);
            var wide = costs.Select(c => (long)c).ToArray();
            Assert.Equal(OrToolsReference.Assignment(wide, n, n), LinearAssignment.TotalCost(wide, n, assignment));
        }
    }

    [Fact]
    public void Solver_equals_or_tools_on_random_spatial_instances()
    {
        for (var seed = 0; seed < 120; seed++)
        {
            var rng = new Random(seed);
            var rows = rng.Next(1, 90);
            var cols = rows + (seed % 3 == 0 ? rng.Next(0, 25) : 0);
            var scale = seed % 2 == 0 ? 700 : 100_000;
            var a = Enumerable.Range(0, rows).Select(_ => (X: rng.NextDouble(), Y: rng.NextDouble())).ToArray();
            var b = Enumerable.Range(0, cols).Select(_ => (X: rng.NextDouble(), Y: rng.NextDouble())).ToArray();
            var costs = new int[rows * cols];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < cols; j++)
                {
                    var dx = a[i].X - b[j].X;
                    var dy = a[i].Y - b[j].Y;
                    costs[(i * cols) + j] = (int)(Math.Sqrt((dx * dx) + (dy * dy)) * scale);
                }
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            AssertValid(assignment, rows, cols);
            var wide = costs.Select(c => (long)c).ToArray();
            Assert.Equal(OrToolsReference.Assignment(wide, rows, cols), LinearAssignment.TotalCost(wide, cols, assignment));
        }
    }

    [Fact]
    public void Solver_equals_or_tools_with_costs_beyond_the_int_lane_range_and_forbidden_pairs()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var rng = new Random(7000 + seed);
            var rows = rng.Next(1, 50);
            var cols = rows + (seed % 2 == 0 ? rng.Next(0, 15) : 0);

            // Around the narrow limit (2^27), far beyond it, a narrow spread far from zero (int lanes after a
            // common shift), and the strategy's shape: small costs plus a huge "forbidden" cost on some pairs.
            var forbidden = (1L << 40) + 1;
            var costs = new long[rows * cols];
            for (var i = 0; i < costs.Length; i++)
            {
                costs[i] = (seed % 4) switch
                {
                    0 => (1L << 27) - rng.Next(0, 3000),
                    1 => rng.NextInt64(-(1L << 38), 1L << 38),
                    2 => (1L << 40) + rng.Next(0, 1 << 28),
                    _ => rng.NextDouble() < 0.4 ? forbidden : rng.Next(0, 1_000_000),
                };
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            AssertValid(assignment, rows, cols);
            Assert.Equal(OrToolsReference.Assignment(costs, rows, cols), LinearAssignment.TotalCost(costs, cols, assignment));
        }
    }

    [Fact]
    public void Int_costs_beyond_the_int_lane_range_are_solved_exactly()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var rng = new Random(seed);
            var rows = rng.Next(1, 40);
            var cols = rows + rng.Next(0, 5);
            var costs = new int[rows * cols];
            for (var i = 0; i < costs.Length; i++)
            {
                // Even seeds: a spread beyond 2^28 (long lanes); odd: a narrow spread far from zero (shifted int lanes).
                costs[i] = seed % 2 == 0 ? rng.Next(int.MinValue / 2, int.MaxValue / 2) : (1 << 30) + rng.Next(0, seed % 4 == 1 ? 10 : 1 << 28);
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            AssertValid(assignment, rows, cols);
            var wide = costs.Select(c => (long)c).ToArray();
            Assert.Equal(OrToolsReference.Assignment(wide, rows, cols), LinearAssignment.TotalCost(wide, cols, assignment));
        }
    }

    [Fact]
    public void More_rows_than_columns_leave_the_surplus_rows_out_at_minimum_cost()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var rng = new Random(300 + seed);
            var cols = rng.Next(1, 40);
            var rows = cols + rng.Next(1, 20);
            var costs = new int[rows * cols];
            var transposed = new long[rows * cols];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < cols; j++)
                {
                    costs[(i * cols) + j] = rng.Next(0, seed % 2 == 0 ? 6 : 1000);
                    transposed[(j * rows) + i] = costs[(i * cols) + j];
                }
            }

            var assignment = LinearAssignment.Solve(costs, rows, cols);
            AssertValid(assignment, rows, cols);
            var wide = costs.Select(c => (long)c).ToArray();
            Assert.Equal(OrToolsReference.Assignment(transposed, cols, rows), LinearAssignment.TotalCost(wide, cols, assignment));
        }
    }

    [Fact]
    public void Empty_and_mismatched_matrices()
    {
        Assert.Equal([-1, -1], LinearAssignment.Solve(ReadOnlySpan<int>.Empty, 2, 0));
        Assert.Empty(LinearAssignment.Solve(Array.Empty<long>(), 0, 3));
        var ex = Assert.Throws<PeerLearningValidationException>(() => LinearAssignment.Solve(new int[5], 2, 3));
        Assert.Contains(ex.Problems, p => p.ItemId == "costs" && p.Field == "length");
    }

    private static void AssertValid(int[] assignment, int rows, int cols)
    {
        Assert.Equal(rows, assignment.Length);
        var used = assignment.Where(c => c >= 0).ToArray();
        Assert.Equal(Math.Min(rows, cols), used.Length);
        Assert.Equal(used.Length, used.Distinct().Count());
        Assert.All(used, c => Assert.InRange(c, 0, cols - 1));
    }

    private static long BruteForceOptimum(long[] costs, int rows, int cols)
    {
        // Enumerate every injective map from the smaller side into the larger one.
        var transpose = rows > cols;
        var small = transpose ? cols : rows;
        var large = transpose ? rows : cols;
        var used = new bool[large];
        var best = long.MaxValue;

        void Recurse(int k, long total)
        {
            if (k == small)
            {
                best = Math.Min(best, total);
                return;
            }

            for (var t = 0; t < large; t++)
            {
                if (!used[t])
                {
                    used[t] = true;
                    Recurse(k + 1, total + (transpose ? costs[(t * cols) + k] : costs[(k * cols) + t]));
                    used[t] = false;
                }
            }
        }

        Recurse(0, 0);
        return best;
    }
}
