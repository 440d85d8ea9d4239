namespace PeerLearning.Recognition;

/// <summary>One person's events of one kind, sorted by time, with prefix sums of scores and counts per week.</summary>
internal sealed class EventSeries
{
    private readonly List<long> _ticks = [];
    private readonly List<double> _scorePrefix = [0];
    private readonly List<int> _scoredPrefix = [0];

    private readonly List<long> _touchedWeeks = [];
    private Dictionary<int, (int Best, int Cursor)>? _runs;

    /// <param name="keepScores">Whether score criteria read this series (keeps prefix sums of scores).</param>
    /// <param name="keepWeeks">Whether streak criteria read this series (keeps counts per week).</param>
    public EventSeries(bool keepScores, bool keepWeeks)
    {
        if (keepScores)
        {
            _scorePrefix = [0];
            _scoredPrefix = [0];
        }

        if (keepWeeks)
        {
            Weeks = [];
            _touchedWeeks = [];
        }
    }

    public Dictionary<long, int>? Weeks { get; }

    public void Add(long ticks, double score, long week)
    {
        var at = _ticks.Count;
        if (at > 0 && _ticks[at - 1] > ticks)
        {
            at = UpperBound(ticks);
        }

        _ticks.Insert(at, ticks);
        if (_scorePrefix is not null && _scoredPrefix is not null)
        {
            var scored = double.IsNaN(score) ? 0 : 1;
            var value = double.IsNaN(score) ? 0 : score;
            if (at == _ticks.Count - 1)
            {
                _scorePrefix.Add(_scorePrefix[^1] + value);
                _scoredPrefix.Add(_scoredPrefix[^1] + scored);
            }
            else
            {
                // Out of order: shift the prefix sums after the insertion point.
                _scorePrefix.Insert(at + 1, _scorePrefix[at] + value);
                _scoredPrefix.Insert(at + 1, _scoredPrefix[at] + scored);
                for (var i = at + 2; i < _scorePrefix.Count; i++)
                {
                    _scorePrefix[i] += value;
                    _scoredPrefix[i] += scored;
                }
            }
        }

        if (Weeks is not null)
        {
            Weeks[week] = Weeks.GetValueOrDefault(week) + 1;
            _touchedWeeks!.Add(week);
        }
    }

    /// <summary>
    /// The longest run of consecutive weeks with at least <paramref name="perWeek"/> events, kept incrementally:
    /// counts only grow, so every longer run passes through a week touched since the last query.
    /// </summary>
    public int LongestRunEver(int perWeek)
    {
        if (Weeks is null || _touchedWeeks is null)
        {
            return 0;
        }

        _runs ??= [];
        var (best, cursor) = _runs.GetValueOrDefault(perWeek);
        for (; cursor < _touchedWeeks.Count; cursor++)
        {
            best = Math.Max(best, RunThrough(_touchedWeeks[cursor], perWeek));
        }

        _runs[perWeek] = (best, cursor);
        return best;
    }

    private int RunThrough(long week, int perWeek)
    {
        if (Weeks!.GetValueOrDefault(week) < perWeek)
        {
            return 0;
        }

        var length = 1;
        for (var w = week - 1; Weeks!.GetValueOrDefault(w) >= perWeek; w--)
        {
            length++;
        }

        for (var w = week + 1; Weeks!.GetValueOrDefault(w) >= perWeek; w++)
        {
            length++;
        }

        return length;
    }

    /// <summary>Events with time in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>].</summary>
    public int Count(long afterTicks, long untilTicks) => Math.Max(0, UpperBound(untilTicks) - UpperBound(afterTicks));

    /// <summary>Scored events and their score sum in (<paramref name="afterTicks"/>, <paramref name="untilTicks"/>].</summary>
    public (int Count, double Sum) Scores(long afterTicks, long untilTicks)
    {
        if (_scorePrefix is null || _scoredPrefix is null)
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
        if (Weeks is null)
        {
            return 0;
        }

        var best = 0;
        foreach (var (week, count) in Weeks)
        {
            // Start counting only at the first week of a run.
            if (week <= afterWeek || count < perWeek || (week - 1 > afterWeek && Weeks.GetValueOrDefault(week - 1) >= perWeek))
            {
                continue;
            }

            var length = 1;
            while (Weeks.GetValueOrDefault(week + length) >= perWeek)
            {
                length++;
            }

            best = Math.Max(best, length);
        }

        return best;
    }

    private int UpperBound(long ticks)
    {
        int lo = 0, hi = _ticks.Count;
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
