namespace PeerLearning.Recognition.Tests.Leaderboards;

public sealed class LeaderboardTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private static Participant Person(string id, string department = "eng", string team = "alpha", bool optOut = false) => new()
    {
        Id = id,
        DisplayName = id,
        Department = department,
        Team = team,
        Attributes = optOut ? new Dictionary<string, string> { [ParticipantDirectory.OptOutAttribute] = "true" } : new Dictionary<string, string>(),
    };

    private static LedgerEntry Earned(string key, string person, long points, DateTimeOffset at, LedgerAccount account = LedgerAccount.Earned, string? revokes = null) => new()
    {
        IdempotencyKey = key,
        ParticipantId = person,
        Account = account,
        Points = points,
        OccurredAt = at,
        RevokesKey = revokes,
    };

    private static LeaderboardBuilder Builder(IEnumerable<Participant> people, int minimum = 3, string zone = "Europe/Berlin") =>
        new(new ParticipantDirectory([.. people]), new LeaderboardOptions { MinimumPeople = minimum, TimeZoneId = zone });

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips_with_ties_listed_by_id()
    {
        var builder = Builder([Person("dan"), Person("bea"), Person("cal"), Person("amy"), Person("eve")]);
        var entries = new[]
        {
            Earned("1", "amy", 50, Wednesday), Earned("2", "cal", 30, Wednesday), Earned("3", "bea", 30, Wednesday),
            Earned("4", "dan", 10, Wednesday), Earned("5", "dan", 10, Wednesday, LedgerAccount.OrganizationAward),
            Earned("6", "eve", 100, Wednesday, LedgerAccount.GivingAllowance),
        };

        var board = builder.Build(entries, new LeaderboardQuery { At = Wednesday });

        Assert.Equal(
            ["1 amy 50", "2 bea 30", "2 cal 30", "4 dan 20", "5 eve 0"],
            board.Rows.Select(r => $"{r.Rank} {r.ParticipantId} {r.Score}"));
        Assert.Equal([1, 2, 3, 4, 5], board.Rows.Select(r => r.Position));
    }

    [Fact]
    public void Ranking_matches_an_oracle_and_does_not_depend_on_input_order()
    {
        var random = new Random(42);
        for (var round = 0; round < 50; round++)
        {
            var people = Enumerable.Range(0, random.Next(3, 40)).Select(i => Person($"p{i:D2}")).ToList();
            var entries = Enumerable.Range(0, random.Next(0, 200))
                .Select(i => Earned($"e{i}", people[random.Next(people.Count)].Id, random.Next(1, 6), Wednesday))
                .ToList();
            var builder = Builder(people);

            var board = builder.Build(entries, new LeaderboardQuery { At = Wednesday });
            var shuffled = builder.Build(entries.OrderBy(_ => random.Next()).ToList(), new LeaderboardQuery { At = Wednesday });

            var totals = people.ToDictionary(p => p.Id, p => entries.Where(e => e.ParticipantId == p.Id).Sum(e => e.Points));
            foreach (var row in board.Rows)
            {
                Assert.Equal(totals[row.ParticipantId], row.Score);
                Assert.Equal(1 + totals.Values.Count(v => v > row.Score), row.Rank);
            }

            Assert.Equal(board.Rows, shuffled.Rows);
        }
    }

    [Fact]
    public void Opted_out_people_are_excluded_and_small_scopes_get_no_board()
    {
        var people = new[] { Person("a"), Person("b"), Person("c", optOut: true), Person("d", department: "sales"), Person("e", department: "sales"), Person("f", department: "sales") };
        var builder = Builder(people, minimum: 3);
        var entries = new[] { Earned("1", "c", 99, Wednesday), Earned("2", "a", 1, Wednesday) };

        var eng = builder.Build(entries, new LeaderboardQuery { At = Wednesday, Scope = LeaderboardScope.Department, ScopeName = "eng" });
        var sales = builder.Build(entries, new LeaderboardQuery { At = Wednesday, Scope = LeaderboardScope.Department, ScopeName = "Sales" });
        var org = builder.Build(entries, new LeaderboardQuery { At = Wednesday });

        Assert.False(eng.Shown);
        Assert.Equal("2 people in scope; a board needs at least 3", eng.HiddenReason);
        Assert.Empty(eng.Rows);
        Assert.True(sales.Shown);
        Assert.Equal(["d", "e", "f"], sales.Rows.Select(r => r.ParticipantId));
        Assert.DoesNotContain(org.Rows, r => r.ParticipantId == "c");
        Assert.Empty(org.Around("c"));
    }

    [Fact]
    public void Team_scope_needs_a_name_and_filters_by_team()
    {
        var builder = Builder([Person("a", team: "x"), Person("b", team: "x"), Person("c", team: "x"), Person("d", team: "y")]);

        var ex = Assert.Throws<PeerLearningValidationException>(() => builder.Build([], new LeaderboardQuery { At = Wednesday, Scope = LeaderboardScope.Team }));
        var board = builder.Build([], new LeaderboardQuery { At = Wednesday, Scope = LeaderboardScope.Team, ScopeName = "x" });

        Assert.Equal("scopeName", ex.Problems[0].Field);
        Assert.Equal(["a", "b", "c"], board.Rows.Select(r => r.ParticipantId));
    }

    [Fact]
    public void Windows_follow_the_time_zone()
    {
        var builder = Builder([Person("a"), Person("b"), Person("c")]);
        // Sunday 1 March 23:30 UTC is Monday 2 March 00:30 in Berlin: inside the week of Wednesday 4 March.
        var entries = new[]
        {
            Earned("w-in", "a", 1, new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero)),
            Earned("w-out", "a", 10, new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero)),
            Earned("q-out", "b", 100, new DateTimeOffset(2025, 12, 31, 22, 59, 0, TimeSpan.Zero)),
            Earned("future", "c", 1000, Wednesday.AddYears(1)),
        };

        long Score(LeaderboardWindow window, string who) => builder.Build(entries, new LeaderboardQuery { At = Wednesday, Window = window }).Rows.Single(r => r.ParticipantId == who).Score;

        Assert.Equal(1, Score(LeaderboardWindow.Week, "a"));
        Assert.Equal(11, Score(LeaderboardWindow.Month, "a")); // 22:30 UTC on 1 March is 23:30 in Berlin: March, but the week before
        Assert.Equal(11, Score(LeaderboardWindow.Quarter, "a"));
        Assert.Equal(0, Score(LeaderboardWindow.Quarter, "b")); // 23:59 on 31 December in Berlin
        Assert.Equal(100, Score(LeaderboardWindow.AllTime, "b"));
        Assert.Equal(0, Score(LeaderboardWindow.AllTime, "c"));
        var (start, end) = builder.WindowOf(new LeaderboardQuery { At = Wednesday, Window = LeaderboardWindow.Week });
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 23, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public void Recognitions_metric_counts_received_recognitions_and_deducts_revocations()
    {
        var builder = Builder([Person("a"), Person("b"), Person("c")]);
        var entries = new[]
        {
            Earned("1", "a", 5, Wednesday), Earned("2", "a", 0, Wednesday), Earned("3", "b", 50, Wednesday),
            Earned("revoke:3", "b", -50, Wednesday, revokes: "3"),
        };

        var board = builder.Build(entries, new LeaderboardQuery { At = Wednesday, Metric = LeaderboardMetric.Recognitions });

        Assert.Equal(["1 a 2", "2 b 0", "2 c 0"], board.Rows.Select(r => $"{r.Rank} {r.ParticipantId} {r.Score}"));
    }

    [Fact]
    public void Me_and_my_neighbours_shows_rows_around_the_person()
    {
        var people = Enumerable.Range(0, 10).Select(i => Person($"p{i}")).ToList();
        var entries = people.Select((p, i) => Earned($"e{i}", p.Id, 100 - i, Wednesday)).ToList();
        var board = Builder(people).Build(entries, new LeaderboardQuery { At = Wednesday });

        Assert.Equal(["p3", "p4", "p5", "p6", "p7"], board.Around("p5", 2).Select(r => r.ParticipantId));
        Assert.Equal(["p0", "p1"], board.Around("p0", 1).Select(r => r.ParticipantId));
        Assert.Equal(["p8", "p9"], board.Around("p9", 1).Select(r => r.ParticipantId));
        Assert.Empty(board.Around("stranger"));
    }
}
