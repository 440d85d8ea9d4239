using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PeerLearning.Matching;

/// <summary>
/// The dense assignment kernel behind <see cref="LinearAssignment"/>, generic over the integer width so that
/// costs of moderate magnitude run on <see cref="int"/> lanes (twice the SIMD width of <see cref="long"/>).
/// Rows ≤ columns. Square problems start from Jonker–Volgenant column reduction with reduction transfer; wide
/// problems start from zero prices (so unassigned columns keep the zero price the rectangular dual requires). Every
/// still-free row is then assigned by a shortest augmenting path: a Dijkstra search over reduced costs in which
/// each scan relaxes every column of one row with SIMD and, in the same pass, finds the next smallest distance and
/// the first column at it. That column alone becomes final when the distance is new; when several columns share the
/// current distance they are all collected at once, so a free one among them ends the search without more scans.
/// Unassigned columns stay out of those passes: their prices never change while unassigned, so each row keeps a
/// small sorted cache of its cheapest unassigned columns and the search only tracks the nearest one reached. There
/// is no augmenting row reduction: it thrashes on geometric costs, and the searches are cheap enough without.
/// </summary>
/// <remarks>
/// Distances are kept relative to the free row's smallest reduced cost, so they are never negative; a column
/// whose distance is final holds -1. A relaxation can never lower a final distance (reduced costs are
/// non-negative), and clearing the sign bit turns -1 into the largest value, so one branch-free pass over all
/// columns both relaxes and finds the next minimum. Unassigned columns hold -1 too. Whole SIMD blocks of final or
/// unassigned columns at either end of the range drop out of later passes (on Machol–Wien instances the final
/// columns form a growing prefix and the unassigned ones a shrinking suffix). With |cost| ≤ R,
/// prices stay within [−3R, R] (an assigned row's column is its cheapest reduced one and a free column keeps its
/// first price), so every distance and intermediate value stays within ±12R, which is why the caller picks
/// <see cref="int"/> only when R ≤ 2^27.
/// </remarks>
/// <typeparam name="T"><see cref="int"/> or <see cref="long"/>.</typeparam>
internal static class LinearAssignmentCore<T>
    where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
{
    /// <summary>Assigns every row of a rows × columns matrix (rows ≤ columns) to a distinct column at minimum total cost.</summary>
    /// <param name="costs">Row-major costs.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <returns>The column of each row.</returns>
    public static int[] Solve(ReadOnlySpan<T> costs, int rows, int columns)
    {
        var state = new State(rows, columns);
        int[] free;
        int numFree;
        if (rows == columns)
        {
            free = new int[rows];
            numFree = ColumnReduction(costs, state, free);
        }
        else
        {
            free = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                free[i] = i;
            }

            numFree = rows;
        }

        var width = Vector<T>.Count;
        for (var j = 0; j < columns; j++)
        {
            if (state.Y[j] < 0)
            {
                state.FreeFloor[j] = T.MinValue;
                if (j < state.BlockFree.Length * width)
                {
                    state.BlockFree[j / width]++;
                }
            }
            else
            {
                state.FreeFloor[j] = T.MaxValue;
            }
        }

        for (var f = 0; f < numFree; f++)
        {
            Augment(costs, state, free[f]);
        }

        return state.X;
    }

    /// <summary>How many cheapest unassigned columns each row remembers.</summary>
    private const int CacheSize = 8;

    /// <summary>0, 1, 2, … per lane (Vector&lt;T&gt;.Indices is .NET 9+).</summary>
    private static readonly Vector<T> LaneIndices = CreateLaneIndices();

    private static Vector<T> CreateLaneIndices()
    {
        var lanes = new T[Vector<T>.Count];
        for (var k = 0; k < lanes.Length; k++)
        {
            lanes[k] = T.CreateTruncating(k);
        }

        return new Vector<T>(lanes);
    }

    private static ref T Row(ReadOnlySpan<T> costs, int row, int columns) =>
        ref Unsafe.Add(ref MemoryMarshal.GetReference(costs), (nint)row * columns);

    private static ref T At(T[] array, int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index);

    private static ref int At(int[] array, int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), index);

    private static T HorizontalMin(Vector<T> vector)
    {
        var min = vector[0];
        for (var k = 1; k < Vector<T>.Count; k++)
        {
            min = T.Min(min, vector[k]);
        }

        return min;
    }

    /// <summary>
    /// Column reduction (each column's price is its minimum; the row holding it takes the column unless it already
    /// holds a cheaper one), then reduction transfer (a row holding one column lowers that column's price by its
    /// slack to its second best column). Returns the number of free rows written to <paramref name="free"/>.
    /// </summary>
    private static int ColumnReduction(ReadOnlySpan<T> costs, State s, int[] free)
    {
        var n = s.Columns;
        var v = s.V;
        var argMin = s.Pred;
        var width = Vector<T>.Count;
        var vectorEnd = n - (n % width);
        ref var v0 = ref At(v, 0);
        ref var a0 = ref At(argMin, 0);

        // Column minima and the first row attaining each, scanning the matrix row by row.
        costs[..n].CopyTo(v);
        Array.Clear(argMin);
        for (var i = 1; i < n; i++)
        {
            ref var row = ref Row(costs, i, n);
            var rowIndex = new Vector<T>(T.CreateTruncating(i));
            var j = 0;
            for (; j < vectorEnd; j += width)
            {
                var c = Vector.LoadUnsafe(ref row, (nuint)j);
                var min = Vector.LoadUnsafe(ref v0, (nuint)j);
                var lower = Vector.LessThan(c, min);
                Vector.Min(c, min).StoreUnsafe(ref v0, (nuint)j);
                Vector.ConditionalSelect(lower, rowIndex, Vector.LoadUnsafe(ref a0, (nuint)j)).StoreUnsafe(ref a0, (nuint)j);
            }

            for (; j < n; j++)
            {
                var c = Unsafe.Add(ref row, j);
                if (c < Unsafe.Add(ref v0, j))
                {
                    Unsafe.Add(ref v0, j) = c;
                    Unsafe.Add(ref a0, j) = T.CreateTruncating(i);
                }
            }
        }

        var x = s.X;
        var y = s.Y;
        var matches = new int[n];
        for (var j = n - 1; j >= 0; j--)
        {
            var imin = int.CreateTruncating(argMin[j]);
            if (++matches[imin] == 1)
            {
                x[imin] = j;
                y[j] = imin;
            }
            else if (v[j] < v[x[imin]])
            {
                var j1 = x[imin];
                x[imin] = j;
                y[j] = imin;
                y[j1] = -1;
            }
            else
            {
                y[j] = -1;
            }
        }

        // Reduction transfer. Reduced costs are non-negative here, so the held column's own reduced cost is zero.
        var numFree = 0;
        var large = T.MaxValue / (T.One + T.One);
        for (var i = 0; i < n; i++)
        {
            if (matches[i] == 0)
            {
                free[numFree++] = i;
                continue;
            }

            if (matches[i] != 1 || n == 1)
            {
                continue;
            }

            var j1 = x[i];
            ref var row = ref Row(costs, i, n);
            var held = v[j1];

            // Hide the held column behind a reduced cost larger than any real one, then take the row minimum.
            v[j1] = Unsafe.Add(ref row, j1) - large;
            var minVector = new Vector<T>(T.MaxValue);
            var j = 0;
            for (; j < vectorEnd; j += width)
            {
                minVector = Vector.Min(minVector, Vector.LoadUnsafe(ref row, (nuint)j) - Vector.LoadUnsafe(ref v0, (nuint)j));
            }

            var min = HorizontalMin(minVector);
            for (; j < n; j++)
            {
                min = T.Min(min, Unsafe.Add(ref row, j) - Unsafe.Add(ref v0, j));
            }

            v[j1] = held - min;
        }

        return numFree;
    }

    /// <summary>
    /// Assigns one free row by a shortest augmenting path and updates the prices. Only assigned columns take part in
    /// the SIMD passes: an unassigned column's price never changes while it is unassigned, so its distance is the
    /// minimum over the scanned rows of (that row's reduced cost to it − the row's offset), and the nearest unassigned
    /// column is found from each scanned row's cheapest unassigned column (<see cref="CheapestFree"/>) instead.
    /// </summary>
    private static void Augment(ReadOnlySpan<T> costs, State s, int freeRow)
    {
        var n = s.Columns;
        var width = Vector<T>.Count;
        var vectorEnd = n - (n % width);
        ref var v0 = ref At(s.V, 0);
        ref var d0 = ref At(s.Distance, 0);
        ref var p0 = ref At(s.Pred, 0);
        ref var f0 = ref At(s.FreeFloor, 0);
        var y = s.Y;

        // Reduced costs of the free row, and their minimum over the assigned columns (~floor is MaxValue for an
        // unassigned column and MinValue for an assigned one).
        ref var row = ref Row(costs, freeRow, n);
        var rowIndex = new Vector<T>(T.CreateTruncating(freeRow));
        var minVector = new Vector<T>(T.MaxValue);
        var j = 0;
        for (; j < vectorEnd; j += width)
        {
            var r = Vector.LoadUnsafe(ref row, (nuint)j) - Vector.LoadUnsafe(ref v0, (nuint)j);
            r.StoreUnsafe(ref d0, (nuint)j);
            rowIndex.StoreUnsafe(ref p0, (nuint)j);
            minVector = Vector.Min(minVector, Vector.Max(r, ~Vector.LoadUnsafe(ref f0, (nuint)j)));
        }

        var u = HorizontalMin(minVector);
        for (; j < n; j++)
        {
            var r = Unsafe.Add(ref row, j) - Unsafe.Add(ref v0, j);
            Unsafe.Add(ref d0, j) = r;
            Unsafe.Add(ref p0, j) = T.CreateTruncating(freeRow);
            u = T.Min(u, T.Max(r, ~Unsafe.Add(ref f0, j)));
        }

        // Distances relative to the row's smallest reduced cost (over all columns); unassigned columns hold -1.
        var freeColumn = CheapestFree(costs, s, freeRow, out var freeCost);
        u = T.Min(u, freeCost);
        var uVector = new Vector<T>(u);
        var unassigned = new Vector<T>(T.MinValue);
        for (j = 0; j < vectorEnd; j += width)
        {
            var isFree = Vector.Equals(Vector.LoadUnsafe(ref f0, (nuint)j), unassigned);
            ((Vector.LoadUnsafe(ref d0, (nuint)j) - uVector) | isFree).StoreUnsafe(ref d0, (nuint)j);
        }

        for (; j < n; j++)
        {
            Unsafe.Add(ref d0, j) = Unsafe.Add(ref f0, j) == T.MinValue ? T.NegativeOne : Unsafe.Add(ref d0, j) - u;
        }

        // The nearest unassigned column so far, and the row it is reached from.
        var bestFree = freeCost - u;
        var bestFreeColumn = freeColumn;
        var bestFreeRow = freeRow;

        s.BlockFree.AsSpan().CopyTo(s.BlockFinal);
        s.FirstBlock = 0;
        s.EndBlock = s.BlockFinal.Length;
        NarrowBlocks(s);
        var ready = s.Ready;
        var readyDistance = s.ReadyDistance;
        var readyCount = 0;
        var scanned = 0;
        var level = T.Zero;
        if (bestFree != level)
        {
            Collect(s, level, ref readyCount);
        }

        while (bestFree != level)
        {
            if (scanned == readyCount)
            {
                // Every column at this level is scanned: move to the next smallest distance. An unassigned column
                // there ends the path; otherwise the first assigned column there becomes final. Others at that
                // distance come back as the minimum of the next relaxation, which then collects them all.
                if (bestFree <= s.NextMin)
                {
                    level = bestFree;
                    break;
                }

                level = s.NextMin;
                var next = s.NextColumn;
                MakeFinal(s, next, level, ref readyCount);
                if (next < vectorEnd)
                {
                    At(s.BlockFinal, next / width)++;
                    NarrowBlocks(s);
                }

                continue;
            }

            var j1 = At(ready, scanned++);
            var i = At(y, j1);
            var h = Unsafe.Add(ref Row(costs, i, n), j1) - Unsafe.Add(ref v0, j1) - level;
            Relax(ref Row(costs, i, n), s, i, h);
            var column = CheapestFree(costs, s, i, out var cost);
            if (cost - h < bestFree)
            {
                bestFree = cost - h;
                bestFreeColumn = column;
                bestFreeRow = i;
            }

            if (bestFree != level && s.NextMin == level)
            {
                Collect(s, level, ref readyCount);
            }
        }

        // Prices of the columns whose distance became final below the sink's level.
        for (var k = 0; k < readyCount; k++)
        {
            Unsafe.Add(ref v0, At(ready, k)) -= level - At(readyDistance, k);
        }

        // The sink is assigned from now on.
        var sink = bestFreeColumn;
        Unsafe.Add(ref f0, sink) = T.MaxValue;
        if (sink < vectorEnd)
        {
            At(s.BlockFree, sink / width)--;
        }

        // Flip the alternating path back to the free row.
        Unsafe.Add(ref p0, sink) = T.CreateTruncating(bestFreeRow);
        var x = s.X;
        int pathRow;
        do
        {
            pathRow = int.CreateTruncating(Unsafe.Add(ref p0, sink));
            y[sink] = pathRow;
            var next = x[pathRow];
            x[pathRow] = sink;
            sink = next;
        }
        while (pathRow != freeRow);
    }

    /// <summary>
    /// The unassigned column with the smallest reduced cost in row <paramref name="row"/> (ties: lowest index), from
    /// the row's cache of its <see cref="CacheSize"/> cheapest unassigned columns. Unassigned columns keep their
    /// prices, so the first cached column still unassigned is the cheapest one; the cache is rebuilt when none is.
    /// </summary>
    private static int CheapestFree(ReadOnlySpan<T> costs, State s, int row, out T cost)
    {
        var start = row * CacheSize;
        ref var position = ref At(s.CachePosition, row);
        var length = At(s.CacheLength, row);
        while (position < length && At(s.Y, At(s.CacheColumn, start + position)) >= 0)
        {
            position++;
        }

        if (position == length)
        {
            FillCache(costs, s, row);
            position = 0;
        }

        cost = At(s.CacheCost, start + position);
        return At(s.CacheColumn, start + position);
    }

    /// <summary>Finds the <see cref="CacheSize"/> cheapest unassigned columns of a row, in order.</summary>
    private static void FillCache(ReadOnlySpan<T> costs, State s, int row)
    {
        var n = s.Columns;
        var width = Vector<T>.Count;
        var vectorEnd = n - (n % width);
        ref var r0 = ref Row(costs, row, n);
        ref var v0 = ref At(s.V, 0);
        ref var f0 = ref At(s.FreeFloor, 0);
        var start = row * CacheSize;
        var count = 0;
        var threshold = T.MaxValue;

        // Only the blocks that still hold an unassigned column.
        while (s.FreeFirstBlock < s.FreeEndBlock && At(s.BlockFree, s.FreeFirstBlock) == 0)
        {
            s.FreeFirstBlock++;
        }

        while (s.FreeEndBlock > s.FreeFirstBlock && At(s.BlockFree, s.FreeEndBlock - 1) == 0)
        {
            s.FreeEndBlock--;
        }

        var end = s.FreeEndBlock * width;
        var j = s.FreeFirstBlock * width;
        for (; j < end; j += width)
        {
            // Assigned columns read as the largest value, which never enters the cache.
            var key = Vector.Max(Vector.LoadUnsafe(ref r0, (nuint)j) - Vector.LoadUnsafe(ref v0, (nuint)j), Vector.LoadUnsafe(ref f0, (nuint)j));
            if (!Vector.LessThanAny(key, new Vector<T>(threshold)))
            {
                continue;
            }

            for (var k = 0; k < width; k++)
            {
                if (key[k] < threshold)
                {
                    Insert(s, start, ref count, key[k], j + k);
                    threshold = count == CacheSize ? At(s.CacheCost, start + CacheSize - 1) : T.MaxValue;
                }
            }
        }

        for (j = vectorEnd; j < n; j++)
        {
            var key = T.Max(Unsafe.Add(ref r0, j) - Unsafe.Add(ref v0, j), Unsafe.Add(ref f0, j));
            if (key < threshold)
            {
                Insert(s, start, ref count, key, j);
                threshold = count == CacheSize ? At(s.CacheCost, start + CacheSize - 1) : T.MaxValue;
            }
        }

        At(s.CacheLength, row) = count;
    }

    /// <summary>Inserts a column into a row's sorted cache (after equal costs, so lower indices stay first).</summary>
    private static void Insert(State s, int start, ref int count, T cost, int column)
    {
        var k = count < CacheSize ? count++ : CacheSize - 1;
        while (k > 0 && At(s.CacheCost, start + k - 1) > cost)
        {
            At(s.CacheCost, start + k) = At(s.CacheCost, start + k - 1);
            At(s.CacheColumn, start + k) = At(s.CacheColumn, start + k - 1);
            k--;
        }

        At(s.CacheCost, start + k) = cost;
        At(s.CacheColumn, start + k) = column;
    }

    /// <summary>
    /// Makes final every (assigned) column at distance <paramref name="level"/> and queues it for scanning. Whole SIMD
    /// blocks of final or unassigned columns at either end of the column range drop out of later passes.
    /// </summary>
    private static void Collect(State s, T level, ref int readyCount)
    {
        var n = s.Columns;
        var width = Vector<T>.Count;
        ref var d0 = ref At(s.Distance, 0);
        var levelVector = new Vector<T>(level);

        for (var j = s.FirstBlock * width; j < s.EndBlock * width; j += width)
        {
            if (!Vector.EqualsAny(Vector.LoadUnsafe(ref d0, (nuint)j), levelVector))
            {
                continue;
            }

            for (var k = j; k < j + width; k++)
            {
                if (Unsafe.Add(ref d0, k) == level)
                {
                    MakeFinal(s, k, level, ref readyCount);
                    At(s.BlockFinal, j / width)++;
                }
            }
        }

        NarrowBlocks(s);
        for (var j = n - (n % width); j < n; j++)
        {
            if (Unsafe.Add(ref d0, j) == level)
            {
                MakeFinal(s, j, level, ref readyCount);
            }
        }
    }

    /// <summary>Narrows the block range to the blocks that still hold a column whose distance is not final.</summary>
    private static void NarrowBlocks(State s)
    {
        var width = Vector<T>.Count;
        while (s.FirstBlock < s.EndBlock && At(s.BlockFinal, s.FirstBlock) == width)
        {
            s.FirstBlock++;
        }

        while (s.EndBlock > s.FirstBlock && At(s.BlockFinal, s.EndBlock - 1) == width)
        {
            s.EndBlock--;
        }
    }

    /// <summary>Marks an assigned column final at <paramref name="level"/> and queues it for scanning.</summary>
    private static void MakeFinal(State s, int column, T level, ref int readyCount)
    {
        At(s.Distance, column) = T.NegativeOne;
        At(s.Ready, readyCount) = column;
        At(s.ReadyDistance, readyCount++) = level;
    }

    /// <summary>
    /// Relaxes every active column through row <paramref name="i"/> (candidate distance = reduced cost −
    /// <paramref name="h"/>) and sets <see cref="State.NextMin"/> and <see cref="State.NextColumn"/> to the smallest
    /// distance among the columns not yet final and the first column at that distance.
    /// </summary>
    private static void Relax(ref T row, State s, int i, T h)
    {
        var n = s.Columns;
        var width = Vector<T>.Count;
        ref var v0 = ref At(s.V, 0);
        ref var d0 = ref At(s.Distance, 0);
        ref var p0 = ref At(s.Pred, 0);
        var hVector = new Vector<T>(h);
        var rowIndex = new Vector<T>(T.CreateTruncating(i));
        var signMask = new Vector<T>(T.MaxValue);
        var minA = new Vector<T>(T.MaxValue);
        var minB = minA;
        var j = s.FirstBlock * width;
        var end = s.EndBlock * width;
        var columnA = LaneIndices + new Vector<T>(T.CreateTruncating(j));
        var columnB = columnA + new Vector<T>(T.CreateTruncating(width));
        var step = new Vector<T>(T.CreateTruncating(2 * width));
        var argA = columnA;
        var argB = columnB;
        for (; j + width < end; j += 2 * width)
        {
            var ja = (nuint)j;
            var jb = (nuint)(j + width);
            var candidateA = Vector.LoadUnsafe(ref row, ja) - Vector.LoadUnsafe(ref v0, ja) - hVector;
            var candidateB = Vector.LoadUnsafe(ref row, jb) - Vector.LoadUnsafe(ref v0, jb) - hVector;
            var da = Vector.LoadUnsafe(ref d0, ja);
            var db = Vector.LoadUnsafe(ref d0, jb);
            var lowerA = Vector.LessThan(candidateA, da);
            var lowerB = Vector.LessThan(candidateB, db);
            da = Vector.ConditionalSelect(lowerA, candidateA, da);
            db = Vector.ConditionalSelect(lowerB, candidateB, db);
            da.StoreUnsafe(ref d0, ja);
            db.StoreUnsafe(ref d0, jb);
            Vector.ConditionalSelect(lowerA, rowIndex, Vector.LoadUnsafe(ref p0, ja)).StoreUnsafe(ref p0, ja);
            Vector.ConditionalSelect(lowerB, rowIndex, Vector.LoadUnsafe(ref p0, jb)).StoreUnsafe(ref p0, jb);
            var keyA = da & signMask;
            var keyB = db & signMask;
            argA = Vector.ConditionalSelect(Vector.LessThan(keyA, minA), columnA, argA);
            argB = Vector.ConditionalSelect(Vector.LessThan(keyB, minB), columnB, argB);
            minA = Vector.Min(minA, keyA);
            minB = Vector.Min(minB, keyB);
            columnA += step;
            columnB += step;
        }

        if (j < end)
        {
            var candidate = Vector.LoadUnsafe(ref row, (nuint)j) - Vector.LoadUnsafe(ref v0, (nuint)j) - hVector;
            var d = Vector.LoadUnsafe(ref d0, (nuint)j);
            var lower = Vector.LessThan(candidate, d);
            d = Vector.ConditionalSelect(lower, candidate, d);
            d.StoreUnsafe(ref d0, (nuint)j);
            Vector.ConditionalSelect(lower, rowIndex, Vector.LoadUnsafe(ref p0, (nuint)j)).StoreUnsafe(ref p0, (nuint)j);

            var key = d & signMask;
            argA = Vector.ConditionalSelect(Vector.LessThan(key, minA), columnA, argA);
            minA = Vector.Min(minA, key);
        }

        // The first column at the smallest distance: lanes keep their first minimum; compare across lanes.
        var min = T.MaxValue;
        var arg = T.MaxValue;
        for (var k = 0; k < width; k++)
        {
            if (minA[k] < min || (minA[k] == min && argA[k] < arg))
            {
                min = minA[k];
                arg = argA[k];
            }

            if (minB[k] < min || (minB[k] == min && argB[k] < arg))
            {
                min = minB[k];
                arg = argB[k];
            }
        }

        for (j = n - (n % width); j < n; j++)
        {
            var candidate = Unsafe.Add(ref row, j) - Unsafe.Add(ref v0, j) - h;
            ref var d = ref Unsafe.Add(ref d0, j);
            if (candidate < d)
            {
                d = candidate;
                Unsafe.Add(ref p0, j) = T.CreateTruncating(i);
            }

            if ((d & T.MaxValue) < min)
            {
                min = d & T.MaxValue;
                arg = T.CreateTruncating(j);
            }
        }

        s.NextMin = min;
        s.NextColumn = int.CreateTruncating(arg);
    }

    /// <summary>The working arrays of one solve.</summary>
    private sealed class State
    {
        public State(int rows, int columns)
        {
            Columns = columns;
            X = new int[rows];
            Array.Fill(X, -1);
            Y = new int[columns];
            Array.Fill(Y, -1);
            V = new T[columns];
            Distance = new T[columns];
            Pred = new T[columns];
            Ready = new int[columns];
            ReadyDistance = new T[columns];
            var blocks = columns / Vector<T>.Count;
            BlockFinal = new int[blocks];
            BlockFree = new int[blocks];
            FreeEndBlock = blocks;
            FreeFloor = new T[columns];
            CacheColumn = new int[rows * CacheSize];
            CacheCost = new T[rows * CacheSize];
            CacheLength = new int[rows];
            CachePosition = new int[rows];
        }

        public int Columns { get; }

        /// <summary>The column of each row, -1 while free.</summary>
        public int[] X { get; }

        /// <summary>The row of each column, -1 while free.</summary>
        public int[] Y { get; }

        /// <summary>Column prices.</summary>
        public T[] V { get; }

        /// <summary>Tentative distance per column (-1 once final).</summary>
        public T[] Distance { get; }

        /// <summary>The row through which each column was reached.</summary>
        public T[] Pred { get; }

        /// <summary>Columns whose distance is final, in the order they became final.</summary>
        public int[] Ready { get; }

        /// <summary>The final distance of each column in <see cref="Ready"/>.</summary>
        public T[] ReadyDistance { get; }

        /// <summary>The first full SIMD block of columns that still holds a column whose distance is not final.</summary>
        public int FirstBlock { get; set; }

        /// <summary>One past the last such block.</summary>
        public int EndBlock { get; set; }

        /// <summary>How many columns of each block are unassigned.</summary>
        public int[] BlockFree { get; }

        /// <summary>The first block that may still hold an unassigned column.</summary>
        public int FreeFirstBlock { get; set; }

        /// <summary>One past the last block that may still hold an unassigned column.</summary>
        public int FreeEndBlock { get; set; }

        /// <summary><typeparamref name="T"/>.MinValue for an unassigned column, MaxValue for an assigned one.</summary>
        public T[] FreeFloor { get; }

        /// <summary>Per row, its cheapest unassigned columns in order (<see cref="CacheSize"/> slots per row).</summary>
        public int[] CacheColumn { get; }

        /// <summary>The reduced costs of <see cref="CacheColumn"/>.</summary>
        public T[] CacheCost { get; }

        /// <summary>How many cache slots of each row are filled (0: not built yet).</summary>
        public int[] CacheLength { get; }

        /// <summary>The first cache slot of each row that may still hold an unassigned column.</summary>
        public int[] CachePosition { get; }

        /// <summary>How many columns of each block are final (or unassigned) in the current search.</summary>
        public int[] BlockFinal { get; }

        /// <summary>The smallest distance among the columns not yet final, after the last relaxation.</summary>
        public T NextMin { get; set; }

        /// <summary>The first column at <see cref="NextMin"/>.</summary>
        public int NextColumn { get; set; }
    }
}
