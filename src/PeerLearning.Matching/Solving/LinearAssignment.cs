using System.Numerics;

namespace PeerLearning.Matching;

/// <summary>
/// Exact minimum-cost rectangular assignment on a dense integer cost matrix: Jonker–Volgenant column reduction with
/// reduction transfer (square problems), then a shortest augmenting path per free row — a dense Dijkstra over column
/// prices whose relaxations run on SIMD lanes. Costs spanning at most 2^28 (shifted by a common constant when their
/// magnitude exceeds 2^27) are solved on <see cref="int"/> lanes, wider ones on <see cref="long"/> lanes; the optimum
/// is the same either way. Every row is assigned when
/// there are at least as many columns as rows, and every column otherwise.
/// </summary>
public static class LinearAssignment
{
    /// <summary>The largest cost magnitude solved on <see cref="int"/> lanes (every intermediate stays within ±12 × this).</summary>
    private const int NarrowLimit = 1 << 27;

    /// <summary>Solves a dense assignment problem with <see cref="int"/> costs (the costs are read in place, not copied).</summary>
    /// <param name="costs">Row-major <paramref name="rows"/> × <paramref name="columns"/> costs.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <returns>For each row, the assigned column, or -1 when there are more rows than columns and the row is left out.</returns>
    /// <exception cref="PeerLearningValidationException">The matrix size does not match.</exception>
    public static int[] Solve(ReadOnlySpan<int> costs, int rows, int columns)
    {
        CheckSize(costs.Length, rows, columns);
        if (rows == 0 || columns == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        var (min, max) = MinMax(costs);
        if (min >= -NarrowLimit && max <= NarrowLimit)
        {
            return SolveAnyShape(costs, rows, columns);
        }

        if ((long)max - min <= 2L * NarrowLimit)
        {
            // Every assignment uses the same number of cells, so a common shift keeps the optimum.
            var shifted = new int[costs.Length];
            var shift = (long)min + NarrowLimit;
            for (var i = 0; i < shifted.Length; i++)
            {
                shifted[i] = (int)(costs[i] - shift);
            }

            return SolveAnyShape<int>(shifted, rows, columns);
        }

        var wide = new long[costs.Length];
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = costs[i];
        }

        return SolveAnyShape<long>(wide, rows, columns);
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

        var (min, max) = MinMax(costs);
        if ((ulong)(max - min) <= 2UL * NarrowLimit)
        {
            // Every assignment uses the same number of cells, so a common shift keeps the optimum.
            var shift = min >= -NarrowLimit && max <= NarrowLimit ? 0 : min + NarrowLimit;
            return SolveAnyShape<int>(Narrow(costs, shift), rows, columns);
        }

        return SolveAnyShape<long>(costs, rows, columns);
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

    private static (T Min, T Max) MinMax<T>(ReadOnlySpan<T> costs)
        where T : struct, INumber<T>, IMinMaxValue<T>
    {
        var minVector = new Vector<T>(T.MaxValue);
        var maxVector = new Vector<T>(T.MinValue);
        var j = 0;
        for (; j <= costs.Length - Vector<T>.Count; j += Vector<T>.Count)
        {
            var c = new Vector<T>(costs[j..]);
            minVector = Vector.Min(minVector, c);
            maxVector = Vector.Max(maxVector, c);
        }

        var min = T.MaxValue;
        var max = T.MinValue;
        for (var k = 0; k < Vector<T>.Count; k++)
        {
            min = T.Min(min, minVector[k]);
            max = T.Max(max, maxVector[k]);
        }

        for (; j < costs.Length; j++)
        {
            min = T.Min(min, costs[j]);
            max = T.Max(max, costs[j]);
        }

        return (min, max);
    }

    /// <summary>costs − shift as <see cref="int"/> (the caller has checked that every value fits).</summary>
    private static int[] Narrow(ReadOnlySpan<long> costs, long shift)
    {
        var narrow = new int[costs.Length];
        var shiftVector = new Vector<long>(shift);
        var width = Vector<long>.Count;
        var j = 0;
        for (; j <= costs.Length - (2 * width); j += 2 * width)
        {
            var low = new Vector<long>(costs[j..]) - shiftVector;
            var high = new Vector<long>(costs[(j + width)..]) - shiftVector;
            Vector.Narrow(low, high).CopyTo(narrow, j);
        }

        for (; j < costs.Length; j++)
        {
            narrow[j] = (int)(costs[j] - shift);
        }

        return narrow;
    }

    private static int[] SolveAnyShape<T>(ReadOnlySpan<T> costs, int rows, int columns)
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
    {
        if (rows <= columns)
        {
            return LinearAssignmentCore<T>.Solve(costs, rows, columns);
        }

        // Transpose: assign every column to a row, then read the answer back per row.
        var t = new T[costs.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                t[(j * rows) + i] = costs[(i * columns) + j];
            }
        }

        var colToRow = LinearAssignmentCore<T>.Solve(t, columns, rows);
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var j = 0; j < columns; j++)
        {
            result[colToRow[j]] = j;
        }

        return result;
    }
}
