namespace PeerLearning.Recognition;

/// <summary>
/// Builds leaderboards from ledger entries. Everyone in scope who has not opted out is on the board (with zero when
/// they received nothing). Ranking is standard competition ranking (1, 2, 2, 4); rows with equal scores share the rank
/// and are listed by participant id (ordinal), so the order is deterministic and independent of input order.
/// The builder takes a snapshot of the directory's people when it is created.
/// </summary>
public sealed class LeaderboardBuilder
{
    private readonly IParticipantDirectory _directory;
    private readonly LeaderboardOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly Participant[] _people;
    private readonly bool[] _optedOut;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates the builder.</summary>
    /// <param name="directory">People, their departments, teams and opt-outs.</param>
    /// <param name="options">Settings.</param>
    /// <exception cref="PeerLearningValidationException">The options are invalid.</exception>
    public LeaderboardBuilder(IParticipantDirectory directory, LeaderboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        PeerLearningValidationException.ThrowIfAny(options.Validate());
        _directory = directory;
        _options = options;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);

        // People sorted by id (ordinal): the position is the tie-break, so sorting by (score, position) is enough.
        _people = [.. directory.All];
        Array.Sort(_people, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        _optedOut = [.. _people.Select(p => directory.IsOptedOutOfLeaderboards(p.Id))];
        _index = new Dictionary<string, int>(_people.Length, StringComparer.Ordinal);
        for (var i = 0; i < _people.Length; i++)
        {
            _index.TryAdd(_people[i].Id, i);
        }
    }

    /// <summary>The window [start, end) a query covers.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The window.</returns>
    public (DateTimeOffset Start, DateTimeOffset End) WindowOf(LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        switch (query.Window)
        {
            case LeaderboardWindow.AllTime:
                return (DateTimeOffset.MinValue, query.At.ToUniversalTime().AddTicks(1));
            case LeaderboardWindow.Week:
                var local = TimeZoneInfo.ConvertTime(query.At, _timeZone).DateTime.Date;
                var monday = local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
                return (AllowancePeriod.ToInstant(monday, _timeZone), AllowancePeriod.ToInstant(monday.AddDays(7), _timeZone));
            case LeaderboardWindow.Month:
            case LeaderboardWindow.Quarter:
                var period = AllowancePeriod.Containing(query.At, query.Window == LeaderboardWindow.Month ? AllowanceReset.Monthly : AllowanceReset.Quarterly, _timeZone);
                return (period.Start, period.End);
            default:
                throw new PeerLearningValidationException("leaderboardQuery", "window", $"unknown window {(int)query.Window}");
        }
    }

    /// <summary>Builds a board.</summary>
    /// <param name="entries">Ledger entries (any superset of the window; others are ignored).</param>
    /// <param name="query">Which board.</param>
    /// <returns>The board, or a hidden board with the reason.</returns>
    /// <exception cref="PeerLearningValidationException">A department or team scope without a name.</exception>
    public Leaderboard Build(IEnumerable<LedgerEntry> entries, LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Scope != LeaderboardScope.Organization && string.IsNullOrWhiteSpace(query.ScopeName))
        {
            throw new PeerLearningValidationException("leaderboardQuery", "scopeName", $"a {query.Scope} board needs the {query.Scope} name");
        }

        var (start, end) = WindowOf(query);
        var member = new bool[_people.Length];
        var members = 0;
        for (var i = 0; i < _people.Length; i++)
        {
            if (!_optedOut[i] && InScope(_people[i], query))
            {
                member[i] = true;
                members++;
            }
        }

        var board = new Leaderboard { Query = query, Start = start, End = end };
        if (members < _options.MinimumPeople)
        {
            return board with { HiddenReason = $"{members} people in scope; a board needs at least {_options.MinimumPeople}" };
        }

        var scores = new long[_people.Length];
        long startTicks = start.UtcTicks, endTicks = end.UtcTicks;
        var points = query.Metric == LeaderboardMetric.Points;
        foreach (var e in entries)
        {
            var at = e.OccurredAt.UtcTicks;
            if (e.Account == LedgerAccount.GivingAllowance || at < startTicks || at >= endTicks || !_index.TryGetValue(e.ParticipantId, out var i) || !member[i])
            {
                continue;
            }

            scores[i] += points ? e.Points : e.RevokesKey is null ? 1 : -1;
        }

        var order = Order(scores, member, members);
        var rows = new LeaderboardRow[members];
        for (var r = 0; r < order.Length; r++)
        {
            var score = scores[order[r]];
            var rank = r > 0 && score == rows[r - 1].Score ? rows[r - 1].Rank : r + 1;
            rows[r] = new LeaderboardRow(rank, r + 1, _people[order[r]].Id, score);
        }

        return board with { Rows = rows };
    }

    // Positions of members, best score first, ties by position (which is id order).
    private static int[] Order(long[] scores, bool[] member, int members)
    {
        var order = new int[members];
        long max = long.MinValue, min = long.MaxValue;
        var n = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (member[i])
            {
                order[n++] = i;
                max = Math.Max(max, scores[i]);
                min = Math.Min(min, scores[i]);
            }
        }

        const int indexBits = 22;
        if (scores.Length < (1 << indexBits) && (ulong)(max - min) < (1UL << (63 - indexBits)))
        {
            // Pack (max - score, position) into one key and sort primitives: fast and allocation-light.
            var keys = new long[members];
            for (var k = 0; k < members; k++)
            {
                keys[k] = ((max - scores[order[k]]) << indexBits) | (long)order[k];
            }

            Array.Sort(keys);
            for (var k = 0; k < members; k++)
            {
                order[k] = (int)(keys[k] & ((1L << indexBits) - 1));
            }

            return order;
        }

        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }

    private static bool InScope(Participant p, LeaderboardQuery query) => query.Scope switch
    {
        LeaderboardScope.Organization => true,
        LeaderboardScope.Department => string.Equals(p.Department, query.ScopeName, StringComparison.OrdinalIgnoreCase),
        LeaderboardScope.Team => string.Equals(p.Team, query.ScopeName, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
