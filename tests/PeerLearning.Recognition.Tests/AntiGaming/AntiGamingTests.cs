using Microsoft.Extensions.Time.Testing;
using PeerLearning.Events;

namespace PeerLearning.Recognition.Tests.AntiGaming;

public sealed class AntiGamingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private int _next;

    private KudosGiven K(string giver, string receiver, int points = 5, string? message = null, double daysAgo = 1) => new()
    {
        EventId = $"e{++_next}",
        KudosId = $"k{_next}",
        OccurredAt = Now.AddDays(-daysAgo),
        GiverId = giver,
        ReceiverIds = [receiver],
        Points = points,
        Message = message ?? $"distinct message number {_next} about topic {_next * 7919}",
    };

    private static AntiGamingAnalyzer Analyzer(Action<AntiGamingOptions>? configure = null)
    {
        var options = new AntiGamingOptions { MinPointsForShare = 1_000_000 };
        configure?.Invoke(options);
        return new AntiGamingAnalyzer(options);
    }

    [Fact]
    public void Reciprocal_pairs_are_flagged_only_above_the_ratio_and_volume()
    {
        var kudos = new List<KudosGiven>();
        kudos.AddRange(Enumerable.Range(0, 3).Select(_ => K("ann", "bob")));
        kudos.AddRange(Enumerable.Range(0, 3).Select(_ => K("bob", "ann")));
        kudos.AddRange(Enumerable.Range(0, 5).Select(_ => K("cat", "dan")));
        kudos.Add(K("dan", "cat"));
        kudos.AddRange(Enumerable.Range(0, 3).Select(_ => K("eve", "fay", daysAgo: 40)));
        kudos.AddRange(Enumerable.Range(0, 3).Select(_ => K("fay", "eve", daysAgo: 40)));

        var flags = Analyzer().Analyze(kudos, Now);

        var flag = Assert.Single(flags);
        Assert.Equal(AntiGamingOptions.Reciprocity, flag.Detector);
        Assert.Equal(["ann", "bob"], flag.ParticipantIds);
        Assert.Equal("ann and bob thanked each other 3 and 3 times in 30 days (ratio 1.00)", flag.Reason);
        Assert.Equal(KudosVerdict.Flag, flag.Verdict);
    }

    [Fact]
    public void A_giver_concentrating_points_on_one_receiver_is_flagged()
    {
        var kudos = new[] { K("ann", "bob", 40), K("ann", "cat", 10), K("dan", "bob", 10), K("dan", "cat", 10) };

        var flags = Analyzer(o => { o.MinPointsForShare = 20; o.MaxShareToOneReceiver = 0.6; }).Analyze(kudos, Now);

        var flag = Assert.Single(flags);
        Assert.Equal(AntiGamingOptions.AllowanceShare, flag.Detector);
        Assert.Equal(["ann", "bob"], flag.ParticipantIds);
        Assert.Equal(0.8, flag.Value, 10);
    }

    [Fact]
    public void Three_cycles_are_found_once_and_only_with_enough_kudos_on_every_edge()
    {
        var kudos = new List<KudosGiven>();
        foreach (var (a, b) in new[] { ("cat", "ann"), ("ann", "bob"), ("bob", "cat"), ("x", "y"), ("y", "z") })
        {
            kudos.Add(K(a, b));
            kudos.Add(K(a, b));
        }

        kudos.Add(K("z", "x")); // only one kudos on this edge: no cycle

        var flags = Analyzer().Analyze(kudos, Now);

        var flag = Assert.Single(flags);
        Assert.Equal(AntiGamingOptions.Cycle, flag.Detector);
        Assert.Equal(["ann", "bob", "cat"], flag.ParticipantIds);
        Assert.Equal("closed giving cycle ann -> bob -> cat -> ann", flag.Reason);
    }

    [Fact]
    public void Near_duplicate_messages_are_flagged_per_giver()
    {
        var kudos = new[]
        {
            K("ann", "b1", message: "Thanks for your help with the review!"),
            K("ann", "b2", message: "thanks for your help with the review"),
            K("ann", "b3", message: "Thanks  for your help, with the review!!"),
            K("bob", "b1", message: "Thanks for your help with the review!"),
            K("bob", "b2", message: "Great mentoring session on Kubernetes networking"),
        };

        var flags = Analyzer().Analyze(kudos, Now);

        var flag = Assert.Single(flags);
        Assert.Equal(AntiGamingOptions.DuplicateMessages, flag.Detector);
        Assert.Equal(["ann"], flag.ParticipantIds);
        Assert.Equal(3, flag.Value);
        Assert.Equal(1, AntiGamingAnalyzer.Similarity("Hello, World", "hello world"));
        Assert.True(AntiGamingAnalyzer.Similarity("thanks for the session", "great code review on friday") < 0.2);
    }

    [Fact]
    public void Sudden_rank_jumps_are_flagged()
    {
        var people = Enumerable.Range(0, 20).Select(i => new Participant { Id = $"p{i:D2}", DisplayName = $"p{i}" }).ToList();
        var builder = new LeaderboardBuilder(new ParticipantDirectory(people), new LeaderboardOptions());
        var week1 = people.Select((p, i) => new LedgerEntry { IdempotencyKey = $"a{i}", ParticipantId = p.Id, Account = LedgerAccount.Earned, Points = 100 - i, OccurredAt = Now.AddDays(-8) }).ToList();
        var week2 = week1.Append(new LedgerEntry { IdempotencyKey = "boost", ParticipantId = "p15", Account = LedgerAccount.Earned, Points = 50, OccurredAt = Now.AddDays(-1) }).ToList();

        var before = builder.Build(week1, new LeaderboardQuery { At = Now.AddDays(-7), Window = LeaderboardWindow.AllTime });
        var after = builder.Build(week2, new LeaderboardQuery { At = Now, Window = LeaderboardWindow.AllTime });
        var flags = Analyzer().DetectRankJumps(before, after);

        var flag = Assert.Single(flags);
        Assert.Equal("p15 climbed from rank 16 to rank 1", flag.Reason);
        Assert.Equal(15, flag.Value);
    }

    [Fact]
    public async Task As_a_policy_findings_flag_the_kudos_and_block_only_when_opted_in()
    {
        var history = new List<KudosGiven> { K("ann", "bob"), K("ann", "bob"), K("bob", "ann"), K("bob", "ann"), K("bob", "ann") };
        var flagging = new AntiGamingKudosPolicy(Analyzer(), _ => history);
        var blocking = new AntiGamingKudosPolicy(Analyzer(o => o.AutoBlock.Add(AntiGamingOptions.Reciprocity)), _ => history);
        var store = new InMemoryRecognitionStore();
        var time = new FakeTimeProvider(Now);
        KudosEngine Engine(IKudosPolicy p) => new(store, [p], ParticipantDirectory.Empty, new GivingAllowanceOptions(), time, new InMemoryLearningEventSink());
        var request = new KudosRequest { KudosId = "new", GiverId = "ann", ReceiverIds = ["bob"], Points = 1, Message = "thanks" };

        var flagged = await Engine(flagging).GiveAsync(request);
        var blocked = await Engine(blocking).GiveAsync(request with { KudosId = "new2" });
        var unrelated = await Engine(flagging).GiveAsync(request with { KudosId = "new3", GiverId = "cat" });

        Assert.Equal(KudosStatus.Recorded, flagged.Status);
        Assert.True(flagged.Flagged);
        Assert.StartsWith("reciprocity: ann and bob thanked each other 3 and 3 times", flagged.Decisions[0].Reason, StringComparison.Ordinal);
        Assert.Equal(KudosStatus.Blocked, blocked.Status);
        Assert.Equal(KudosStatus.Recorded, unrelated.Status);
        Assert.False(unrelated.Flagged);
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var options = new AntiGamingOptions { ReciprocityRatio = 0, MinPairKudos = 0 };
        options.AutoBlock.Add("everything");

        var ex = Assert.Throws<PeerLearningValidationException>(() => new AntiGamingAnalyzer(options));

        Assert.Equal(["reciprocityRatio", "minPairKudos", "autoBlock"], ex.Problems.Select(p => p.Field));
    }
}
