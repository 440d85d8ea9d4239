namespace PeerLearning.Matching;

/// <summary>
/// Exact minimum-cost rectangular assignment on a dense integer cost matrix, Jonker–Volgenant style:
/// column reduction, reduction transfer, two rounds of augmenting row reduction, then shortest augmenting paths
/// (a dense Dijkstra over column prices) for the rows still free. Every row is assigned when there are at least as
/// many columns as rows, and every column otherwise.
/// </summary>
public static class LinearAssignment
{
    /// <summary>Solves a dense assignment problem with <see cref="int"/> costs.</summary>
    /// <param name="costs">Row-major <paramref name="rows"/> × <paramref name="columns"/> costs.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <returns>For each row, the assigned column, or -1 when there are more rows than columns and the row is left out.</returns>
    /// <exception cref="PeerLearningValidationException">The matrix size does not match.</exception>
    public static int[] Solve(ReadOnlySpan<int> costs, int rows, int columns)
    {
        CheckSize(costs.Length, rows, columns);
        var wide = new long[costs.Length];
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = costs[i];
        }

        return Solve(wide, rows, columns);
    }

    /// <summary>Solves a dense assignment problem with <see cref="long"/> costs (the array is not changed).</summary>
    /// <param name="costs">Row-major <paramref name="rows"/> × <paramref name="columns"/> costs; keep their magnitude below 2^52.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <returns>For each row, the assigned column, or -1 when there are more rows than columns and the row is left out.</returns>
    /// <exception cref="PeerLearningValidationException">The matrix size does not match.</exception>
    public static int[] Solve(long[] costs, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(costs);
        CheckSize(costs.Length, rows, columns);
        if (rows == 0 || columns == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        if (rows > columns)
        {
            // Transpose: assign every column to a row, then read the answer back per row.
            var t = new long[costs.Length];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    t[(j * rows) + i] = costs[(i * columns) + j];
                }
            }

            var colToRow = SolveSquareOrWide(t, columns, rows);
            var result = Enumerable.Repeat(-1, rows).ToArray();
            for (var j = 0; j < columns; j++)
            {
                result[colToRow[j]] = j;
            }

            return result;
        }

        return SolveSquareOrWide(costs, rows, columns);
    }

    /// <summary>The total cost of an assignment.</summary>
    /// <param name="costs">Row-major costs.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="rowToColumn">The assignment, as <see cref="Solve(long[], int, int)"/> returns it.</param>
    /// <returns>The sum of the assigned costs.</returns>
    public static long TotalCost(ReadOnlySpan<long> costs, int columns, IReadOnlyList<int> rowToColumn)
    {
        ArgumentNullException.ThrowIfNull(rowToColumn);
        long total = 0;
        for (var i = 0; i < rowToColumn.Count; i++)
        {
            if (rowToColumn[i] >= 0)
            {
                total += costs[(i * columns) + rowToColumn[i]];
            }
        }

        return total;
    }

    private static void CheckSize(int length, int rows, int columns)
    {
        if (rows < 0 || columns < 0 || length != (long)rows * columns)
        {
            throw new PeerLearningValidationException("costs", "length", $"must be rows × columns = {(long)rows * columns}, was {length}");
        }
    }

    private static int[] SolveSquareOrWide(long[] costs, int rows, int columns)
    {
        if (rows == columns)
        {
            return new SquareSolver(costs, rows).Run();
        }

        // Pad with zero-cost rows to a square matrix; the padding rows take the columns no real row uses.
        var padded = new long[(long)columns * columns];
        Array.Copy(costs, padded, costs.Length);
        var full = new SquareSolver(padded, columns).Run();
        return full[..rows];
    }

    private sealed class SquareSolver(long[] c, int n)
    {
        private readonly int[] _x = new int[n];
        private readonly int[] _y = new int[n];
        private readonly long[] _v = new long[n];

        public int[] Run()
        {
            var free = new int[n];
            var numFree = ColumnReduction(free);
            for (var round = 0; round < 2 && numFree > 0; round++)
            {
                numFree = AugmentingRowReduction(free, numFree);
            }

            if (numFree > 0)
            {
                Augment(free, numFree);
            }

            return _x;
        }

        private int ColumnReduction(int[] free)
        {
            var matches = new int[n];
            Array.Fill(_x, -1);
            for (var j = n - 1; j >= 0; j--)
            {
                var min = c[j];
                var imin = 0;
                for (var i = 1; i < n; i++)
                {
                    var h = c[((long)i * n) + j];
                    if (h < min)
                    {
                        min = h;
                        imin = i;
                    }
                }

                _v[j] = min;
                if (++matches[imin] == 1)
                {
                    _x[imin] = j;
                    _y[j] = imin;
                }
                else if (_v[j] < _v[_x[imin]])
                {
                    var j1 = _x[imin];
                    _x[imin] = j;
                    _y[j] = imin;
                    _y[j1] = -1;
                }
                else
                {
                    _y[j] = -1;
                }
            }

            // Reduction transfer: a row matched once passes its slack to its column's price.
            var numFree = 0;
            for (var i = 0; i < n; i++)
            {
                if (matches[i] == 0)
                {
                    free[numFree++] = i;
                }
                else if (matches[i] == 1)
                {
                    var j1 = _x[i];
                    var row = (long)i * n;
                    var min = long.MaxValue;
                    for (var j = 0; j < n; j++)
                    {
                        if (j != j1)
                        {
                            var h = c[row + j] - _v[j];
                            if (h < min)
                            {
                                min = h;
                            }
                        }
                    }

                    if (min != long.MaxValue)
                    {
                        _v[j1] -= min;
                    }
                }
            }

            return numFree;
        }

        private int AugmentingRowReduction(int[] free, int previousFree)
        {
            var k = 0;
            var numFree = 0;
            while (k < previousFree)
            {
                var i = free[k++];
                var row = (long)i * n;
                var umin = c[row] - _v[0];
                var j1 = 0;
                var j2 = -1;
                var usubmin = long.MaxValue;
                for (var j = 1; j < n; j++)
                {
                    var h = c[row + j] - _v[j];
                    if (h < usubmin)
                    {
                        if (h >= umin)
                        {
                            usubmin = h;
                            j2 = j;
                        }
                        else
                        {
                            usubmin = umin;
                            umin = h;
                            j2 = j1;
                            j1 = j;
                        }
                    }
                }

                var i0 = _y[j1];
                if (umin < usubmin)
                {
                    // Lower the best column's price so the row keeps it with slack to its second best.
                    if (usubmin != long.MaxValue)
                    {
                        _v[j1] -= usubmin - umin;
                    }
                }
                else if (i0 >= 0 && j2 >= 0)
                {
                    j1 = j2;
                    i0 = _y[j2];
                }

                _x[i] = j1;
                _y[j1] = i;
                if (i0 >= 0)
                {
                    _x[i0] = -1;
                    if (umin < usubmin)
                    {
                        free[--k] = i0;
                    }
                    else
                    {
                        free[numFree++] = i0;
                    }
                }
            }

            return numFree;
        }

        private void Augment(int[] free, int numFree)
        {
            var d = new long[n];
            var pred = new int[n];
            var colList = new int[n];
            for (var f = 0; f < numFree; f++)
            {
                var freeRow = free[f];
                var baseRow = (long)freeRow * n;
                for (var j = 0; j < n; j++)
                {
                    d[j] = c[baseRow + j] - _v[j];
                    pred[j] = freeRow;
                    colList[j] = j;
                }

                var low = 0;
                var up = 0;
                var last = 0;
                var min = 0L;
                var endOfPath = -1;
                while (endOfPath < 0)
                {
                    if (up == low)
                    {
                        // Collect the columns at the new minimum distance.
                        last = low - 1;
                        min = d[colList[up++]];
                        for (var k = up; k < n; k++)
                        {
                            var j = colList[k];
                            var h = d[j];
                            if (h <= min)
                            {
                                if (h < min)
                                {
                                    up = low;
                                    min = h;
                                }

                                colList[k] = colList[up];
                                colList[up++] = j;
                            }
                        }

                        for (var k = low; k < up; k++)
                        {
                            if (_y[colList[k]] < 0)
                            {
                                endOfPath = colList[k];
                                break;
                            }
                        }
                    }

                    if (endOfPath < 0)
                    {
                        // Scan one column at the minimum: relax through the row assigned to it.
                        var j1 = colList[low++];
                        var i = _y[j1];
                        var row = (long)i * n;
                        var h = c[row + j1] - _v[j1] - min;
                        for (var k = up; k < n; k++)
                        {
                            var j = colList[k];
                            var v2 = c[row + j] - _v[j] - h;
                            if (v2 < d[j])
                            {
                                pred[j] = i;
                                d[j] = v2;
                                if (v2 == min)
                                {
                                    if (_y[j] < 0)
                                    {
                                        endOfPath = j;
                                        break;
                                    }

                                    colList[k] = colList[up];
                                    colList[up++] = j;
                                }
                            }
                        }
                    }
                }

                // Update the prices of the columns scanned before the last minimum.
                for (var k = 0; k <= last; k++)
                {
                    var j1 = colList[k];
                    _v[j1] += d[j1] - min;
                }

                // Flip the alternating path.
                int row2;
                do
                {
                    row2 = pred[endOfPath];
                    _y[endOfPath] = row2;
                    var j1 = endOfPath;
                    endOfPath = _x[row2];
                    _x[row2] = j1;
                }
                while (row2 != freeRow);
            }
        }
    }
}
