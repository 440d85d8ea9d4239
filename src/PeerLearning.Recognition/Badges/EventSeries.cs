namespace PeerLearning.Recognition;

/// <summary>
/// One person's events of one kind, sorted by time in a flat array, with prefix sums of scores (when score criteria
/// read the kind) and sorted counts per week with the longest run kept per threshold (when streak criteria read it).
/// </summary>
/// <remarks>
/// Events usually arrive in time order: then an append is constant time, "at least n events in a window" reads one
/// element, and a score sum over a window costs one binary search; an event older than the newest is inserted in place.
/// </remarks>
internal sealed class EventSeries
{
    private long[] _ticks = new long[4];
    private int _count;

    // Prefix sums over the sorted events: _scorePrefix[i] is the sum of the first i scores (NaN scores count 0).
    private readonly bool _keepScores;
    private double[] _scorePrefix = [];
    private int[] _scoredPrefix = [];

    // Streaks: weeks with events, sorted, and their event counts; the distinct per-week thresholds criteria use and
    // for each the longest run of consecutive weeks with at least that many events. Counts only grow, so a run can
    // only get longer when a week reaches a threshold.
    private long[] _weeks = [];
    private int[] _weekCounts = [];
    private int _weekCount;
    private readonly int[] _perWeek;
    private readonly int[] _longestRun;

    /// <param name="keepScores">Whether score criteria read this series (keeps prefix sums of scores).</param>
    /// <param name="perWeekThresholds">The distinct per-week thresholds of the streak criteria that read this series; empty for none.</param>
    public EventSeries(bool keepScores, int[] perWeekThresholds)
    {
        _keepScores = keepScores;
        if (keepScores)
        {
            _scorePrefix = new double[5];
            _scoredPrefix = new int[5];
        }

        _perWeek = perWeekThresholds;
        _longestRun = perWeekThresholds.Length == 0 ? [] : new int[perWeekThresholds.Length];
        if (perWeekThresholds.Length > 0)
        {
            _weeks = new long[4];
            _weekCounts = new int[4];
        }
    }

    public void Add(long ticks, double score, long week)
    {
        var at = _count;
        if (at > 0 && _ticks[at - 1] > ticks)
        {
            at = UpperBound(ticks);
        }

        if (_count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _count * 2);
        }

        if (at < _count)
        {
            Array.Copy(_ticks, at, _ticks, at + 1, _count - at);
        }

        _ticks[at] = ticks;
        _count++;
        if (_keepScores)
        {
            AddScore(at, score);
        }

        if (_perWeek.Length > 0)
        {
            AddToWeek(week);
        }
    }

    /// <summary>The longest run ever of consecutive weeks with at least <paramref name="perWeek"/> events (a threshold given at construction).</summary>
    public int LongestRunEver(int perWeek)
    {
        for (var t = 0; t < _perWeek.Length; t++)
        {
            if (_perWeek[t] == perWeek)
            {
                return _longestRun[t];
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether at least <paramref name="atLeast"/> (1 or more) events have time in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>]:
    /// the times are sorted, so that holds exactly when the <paramref name="atLeast"/>-th latest event up to the end is after the start.
    /// </summary>
    public bool HasAtLeast(long afterTicks, long untilTicks, int atLeast)
    {
        var end = UpperBound(untilTicks);
        return end >= atLeast && _ticks[end - atLeast] > afterTicks;
    }

    /// <summary>Scored events and their score sum in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>].</summary>
    public (int Count, double Sum) Scores(long afterTicks, long untilTicks)
    {
        if (!_keepScores)
        {
            return (0, 0);
        }

        var from = UpperBound(afterTicks);
        var to = UpperBound(untilTicks);
        return to <= from ? (0, 0) : (_scoredPrefix[to] - _scoredPrefix[from], _scorePrefix[to] - _scorePrefix[from]);
    }

    /// <summary>The longest run of consecutive weeks after <paramref name="afterWeek"/> with at least <paramref name="perWeek"/> events.</summary>
    public int LongestRun(long afterWeek, int perWeek)
    {
        int best = 0, run = 0;
        for (var i = 0; i < _weekCount; i++)
        {
            if (_weeks[i] <= afterWeek || _weekCounts[i] < perWeek)
            {
                run = 0;
                continue;
            }

            run = run > 0 && _weeks[i - 1] == _weeks[i] - 1 ? run + 1 : 1;
            best = Math.Max(best, run);
        }

        return best;
    }

    private void AddScore(int at, double score)
    {
        // _count already includes the new event; the prefix arrays hold _count + 1 sums.
        if (_scorePrefix.Length < _count + 1)
        {
            Array.Resize(ref _scorePrefix, _ticks.Length + 1);
            Array.Resize(ref _scoredPrefix, _ticks.Length + 1);
        }

        var scored = double.IsNaN(score) ? 0 : 1;
        var value = double.IsNaN(score) ? 0 : score;
        if (at == _count - 1)
        {
            _scorePrefix[_count] = _scorePrefix[at] + value;
            _scoredPrefix[_count] = _scoredPrefix[at] + scored;
            return;
        }

        // Out of order: shift the sums after the insertion point and add the new score to each.
        for (var i = _count; i > at + 1; i--)
        {
            _scorePrefix[i] = _scorePrefix[i - 1] + value;
            _scoredPrefix[i] = _scoredPrefix[i - 1] + scored;
        }

        _scorePrefix[at + 1] = _scorePrefix[at] + value;
        _scoredPrefix[at + 1] = _scoredPrefix[at] + scored;
    }

    private void AddToWeek(long week)
    {
        // Usually the latest week; otherwise find it, or insert it in order.
        var i = _weekCount - 1;
        if (i < 0 || _weeks[i] != week)
        {
            i = Array.BinarySearch(_weeks, 0, _weekCount, week);
            if (i < 0)
            {
                i = ~i;
                if (_weekCount == _weeks.Length)
                {
                    Array.Resize(ref _weeks, _weekCount * 2);
                    Array.Resize(ref _weekCounts, _weekCount * 2);
                }

                Array.Copy(_weeks, i, _weeks, i + 1, _weekCount - i);
                Array.Copy(_weekCounts, i, _weekCounts, i + 1, _weekCount - i);
                _weeks[i] = week;
                _weekCounts[i] = 0;
                _weekCount++;
            }
        }

        var reached = ++_weekCounts[i];
        for (var t = 0; t < _perWeek.Length; t++)
        {
            if (reached == _perWeek[t])
            {
                _longestRun[t] = Math.Max(_longestRun[t], RunThrough(i, _perWeek[t]));
            }
        }
    }

    /// <summary>The run of consecutive weeks with at least <paramref name="perWeek"/> events through the week at <paramref name="index"/> (which has them).</summary>
    private int RunThrough(int index, int perWeek)
    {
        var first = index;
        while (first > 0 && _weeks[first - 1] == _weeks[first] - 1 && _weekCounts[first - 1] >= perWeek)
        {
            first--;
        }

        var last = index;
        while (last < _weekCount - 1 && _weeks[last + 1] == _weeks[last] + 1 && _weekCounts[last + 1] >= perWeek)
        {
            last++;
        }

        return last - first + 1;
    }

    private int UpperBound(long ticks)
    {
        var count = _count;
        if (count == 0 || _ticks[count - 1] <= ticks)
        {
            return count;
        }

        if (ticks < _ticks[0])
        {
            return 0;
        }

        int lo = 0, hi = count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ticks[mid] <= ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
