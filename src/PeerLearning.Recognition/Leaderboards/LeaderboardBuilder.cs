namespace PeerLearning.Recognition;

/// <summary>
/// Builds leaderboards from ledger entries. Everyone in scope who has not opted out is on the board (with zero when
/// they received nothing). Ranking is standard competition ranking (1, 2, 2, 4); rows with equal scores share the rank
/// and are listed by participant id (ordinal), so the order is deterministic and independent of input order.
/// </summary>
public sealed class LeaderboardBuilder
{
    private readonly IParticipantDirectory _directory;
    private readonly LeaderboardOptions _options;
    private readonly TimeZoneInfo _timeZone;

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
        var scores = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in _directory.All)
        {
            if (InScope(p, query) && !_directory.IsOptedOutOfLeaderboards(p.Id))
            {
                scores[p.Id] = 0;
            }
        }

        var board = new Leaderboard { Query = query, Start = start, End = end };
        if (scores.Count < _options.MinimumPeople)
        {
            return board with { HiddenReason = $"{scores.Count} people in scope; a board needs at least {_options.MinimumPeople}" };
        }

        foreach (var e in entries)
        {
            if (e.Account == LedgerAccount.GivingAllowance || e.OccurredAt < start || e.OccurredAt >= end || !scores.TryGetValue(e.ParticipantId, out var score))
            {
                continue;
            }

            scores[e.ParticipantId] = score + (query.Metric == LeaderboardMetric.Points ? e.Points : e.RevokesKey is null ? 1 : -1);
        }

        var ordered = scores.ToArray();
        Array.Sort(ordered, static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var rows = new LeaderboardRow[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? rows[i - 1].Rank : i + 1;
            rows[i] = new LeaderboardRow(rank, i + 1, ordered[i].Key, ordered[i].Value);
        }

        return board with { Rows = rows };
    }

    private static bool InScope(Participant p, LeaderboardQuery query) => query.Scope switch
    {
        LeaderboardScope.Organization => true,
        LeaderboardScope.Department => string.Equals(p.Department, query.ScopeName, StringComparison.OrdinalIgnoreCase),
        LeaderboardScope.Team => string.Equals(p.Team, query.ScopeName, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
