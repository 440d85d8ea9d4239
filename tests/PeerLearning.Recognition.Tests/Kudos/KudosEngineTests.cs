using Microsoft.Extensions.Time.Testing;
using PeerLearning.Events;

namespace PeerLearning.Recognition.Tests.Kudos;

public sealed class KudosEngineTests
{
    // 10:00 Berlin time on 2 March 2026 (CET, UTC+1).
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(March2);
    private readonly InMemoryRecognitionStore _store = new();
    private readonly InMemoryLearningEventSink _sink = new();

    private static readonly Participant[] People =
    [
        new() { Id = "ann", DisplayName = "Ann", Roles = [new RoleCapacity(ProgramRole.Mentor, 2)] },
        new() { Id = "bob", DisplayName = "Bob", ManagerId = "ann" },
        new() { Id = "cid", DisplayName = "Cid", ManagerId = "ann" },
        new() { Id = "dee", DisplayName = "Dee" },
    ];

    private KudosEngine Engine(Action<GivingAllowanceOptions>? allowance = null, params IKudosPolicy[] policies)
    {
        var options = new GivingAllowanceOptions { BasePoints = 100, TimeZoneId = "Europe/Berlin" };
        allowance?.Invoke(options);
        return new KudosEngine(_store, policies, new ParticipantDirectory(People), options, _time, _sink);
    }

    private static KudosRequest Kudos(string id, string giver, string receiver, int points, string message = "thanks for the review help", params string[] tags) => new()
    {
        KudosId = id,
        GiverId = giver,
        ReceiverIds = [receiver],
        Points = points,
        Message = message,
        Tags = tags.Length == 0 ? ["helped me learn"] : tags,
    };

    [Fact]
    public async Task Self_kudos_is_blocked_and_nothing_is_recorded()
    {
        var engine = Engine(null, new NoSelfKudosPolicy());

        var outcome = await engine.GiveAsync(Kudos("k1", "bob", "bob", 10));

        Assert.Equal(KudosStatus.Blocked, outcome.Status);
        var decision = Assert.Single(outcome.Decisions);
        Assert.Equal("no-self-kudos", decision.Policy);
        Assert.Equal("bob cannot give kudos to themselves", decision.Reason);
        Assert.Equal(0, (await _store.GetBalancesAsync("bob")).Earned);
        Assert.Empty(_sink.Events);
    }

    [Fact]
    public async Task Allowance_is_base_plus_role_plus_direct_reports()
    {
        var engine = Engine(o =>
        {
            o.PointsPerRole[ProgramRole.Mentor] = 50;
            o.PointsPerRole[ProgramRole.Buddy] = 1000;
            o.PointsPerDirectReport = 10;
        });

        Assert.Equal(170, await engine.EnsureAllowanceAsync("ann", March2));
        Assert.Equal(100, await engine.EnsureAllowanceAsync("dee", March2));
        Assert.Equal(100, await engine.EnsureAllowanceAsync("stranger", March2));
    }

    [Fact]
    public async Task Kudos_beyond_the_allowance_is_blocked_with_the_remaining_balance_in_the_reason()
    {
        var engine = Engine(null, new GivingAllowancePolicy());

        Assert.Equal(KudosStatus.Recorded, (await engine.GiveAsync(Kudos("k1", "dee", "bob", 60))).Status);
        var second = await engine.GiveAsync(Kudos("k2", "dee", "cid", 50));

        Assert.Equal(KudosStatus.Blocked, second.Status);
        Assert.Equal("costs 50 points but only 40 are left to give in 2026-03", Assert.Single(second.Decisions).Reason);
        Assert.Equal(new LedgerBalances(40, 0, 0), await _store.GetBalancesAsync("dee"));
        Assert.Equal(60, (await _store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task Kudos_beyond_the_allowance_can_be_allowed_without_points()
    {
        var engine = Engine(null, new GivingAllowancePolicy { WhenExceeded = KudosVerdict.AllowWithoutPoints });

        var outcome = await engine.GiveAsync(Kudos("k1", "dee", "bob", 150));

        Assert.Equal(KudosStatus.RecordedWithoutPoints, outcome.Status);
        Assert.Equal(0, outcome.PointsPerReceiver);
        Assert.Equal(new LedgerBalances(100, 0, 0), await _store.GetBalancesAsync("dee"));
        Assert.Equal(2, (await _store.GetEntriesAsync("dee")).Count);
        var given = Assert.IsType<KudosGiven>(Assert.Single(_sink.Events));
        Assert.Equal(0, given.Points);
    }

    [Fact]
    public async Task Monthly_allowance_resets_at_midnight_in_the_configured_time_zone_and_unspent_points_expire()
    {
        var engine = Engine(null, new GivingAllowancePolicy());
        await engine.GiveAsync(Kudos("k1", "dee", "bob", 30));

        // 23:30 on 31 March in Berlin (CEST, UTC+2) is still March: nothing new.
        Assert.Equal(70, await engine.EnsureAllowanceAsync("dee", new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero)));
        // 00:30 on 1 April in Berlin is April, although it is still 31 March in UTC.
        _time.SetUtcNow(new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero));
        var april = engine.PeriodOf(_time.GetUtcNow());

        Assert.Equal("2026-04", april.Key);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero), april.Start);
        Assert.Equal(100, await engine.EnsureAllowanceAsync("dee", _time.GetUtcNow()));
        var expiry = Assert.Single(await _store.GetEntriesAsync("dee"), e => e.IdempotencyKey == "allowance:expire:dee:2026-04");
        Assert.Equal(-70, expiry.Points);
    }

    [Fact]
    public async Task Rollover_carries_unspent_points_up_to_the_cap()
    {
        var engine = Engine(o => { o.Rollover = true; o.MaxRolloverPoints = 50; }, new GivingAllowancePolicy());
        await engine.GiveAsync(Kudos("k1", "dee", "bob", 30));

        Assert.Equal(150, await engine.EnsureAllowanceAsync("dee", new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.Zero)));
        var unlimited = new KudosEngine(new InMemoryRecognitionStore(), [], ParticipantDirectory.Empty, new GivingAllowanceOptions { Rollover = true }, _time, _sink);
        Assert.Equal(100, await unlimited.EnsureAllowanceAsync("x", March2));
        Assert.Equal(200, await unlimited.EnsureAllowanceAsync("x", March2.AddMonths(1)));
        Assert.Equal(300, await unlimited.EnsureAllowanceAsync("x", March2.AddMonths(2)));
    }

    [Fact]
    public async Task Quarterly_periods_start_on_the_first_day_of_the_quarter()
    {
        var engine = Engine(o => o.Reset = AllowanceReset.Quarterly);

        var period = engine.PeriodOf(new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("2026-Q2", period.Key);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), period.End);
        Assert.Equal(100, await engine.EnsureAllowanceAsync("dee", period.Start));
        Assert.Equal(100, await engine.EnsureAllowanceAsync("dee", period.End.AddTicks(-1)));
    }

    [Fact]
    public async Task Pair_cap_by_count_blocks_the_third_kudos_to_the_same_person_and_resets_next_period()
    {
        var engine = Engine(null, new PairCapPolicy { MaxKudosPerPeriod = 2 });

        Assert.Equal(KudosStatus.Recorded, (await engine.GiveAsync(Kudos("k1", "dee", "bob", 5))).Status);
        Assert.Equal(KudosStatus.Recorded, (await engine.GiveAsync(Kudos("k2", "dee", "bob", 0))).Status);
        var third = await engine.GiveAsync(Kudos("k3", "dee", "bob", 5));
        var other = await engine.GiveAsync(Kudos("k4", "dee", "cid", 5));
        _time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero));
        var nextMonth = await engine.GiveAsync(Kudos("k5", "dee", "bob", 5));

        Assert.Equal(KudosStatus.Blocked, third.Status);
        Assert.Equal("dee already gave bob 2 kudos in 2026-03; the cap is 2", third.Decisions[0].Reason);
        Assert.Equal(KudosStatus.Recorded, other.Status);
        Assert.Equal(KudosStatus.Recorded, nextMonth.Status);
    }

    [Fact]
    public async Task Pair_cap_by_points_counts_revoked_kudos_out()
    {
        var engine = Engine(null, new PairCapPolicy { MaxPointsPerPeriod = 30 });
        await engine.GiveAsync(Kudos("k1", "dee", "bob", 20));

        var over = await engine.GiveAsync(Kudos("k2", "dee", "bob", 15));
        await _store.RevokeEntryAsync("kudos:k1:give:bob", "entered twice", March2);
        var afterRevocation = await engine.GiveAsync(Kudos("k3", "dee", "bob", 15));

        Assert.Equal(KudosStatus.Blocked, over.Status);
        Assert.Equal("dee already gave bob 20 points in 2026-03; 15 more exceeds the cap of 30", over.Decisions[0].Reason);
        Assert.Equal(KudosStatus.Recorded, afterRevocation.Status);
    }

    [Fact]
    public async Task Max_points_message_length_and_value_tags_are_enforced_with_reasons()
    {
        var engine = Engine(null, new MaxPointsPerKudosPolicy(25), new MinimumMessageLengthPolicy(10), new RequiredValueTagPolicy { AllowedTags = ["helped me learn", "great mentor"] });

        var tooMany = await engine.GiveAsync(Kudos("k1", "dee", "bob", 26));
        var tooShort = await engine.GiveAsync(Kudos("k2", "dee", "bob", 5, "   thx!    "));
        var noTag = await engine.GiveAsync(Kudos("k3", "dee", "bob", 5) with { Tags = [] });
        var unknownTag = await engine.GiveAsync(Kudos("k4", "dee", "bob", 5, "thanks for the help", "rockstar"));
        var fine = await engine.GiveAsync(Kudos("k5", "dee", "bob", 25, "thanks for the help", "Great Mentor"));

        Assert.Equal("26 points exceeds the maximum of 25 per kudos", Assert.Single(tooMany.Decisions).Reason);
        Assert.Equal("the message has 4 characters; at least 10 are needed", Assert.Single(tooShort.Decisions).Reason);
        Assert.Equal("a value tag is required", Assert.Single(noTag.Decisions).Reason);
        Assert.Equal("unknown value tag(s) 'rockstar'; use one of: helped me learn, great mentor", Assert.Single(unknownTag.Decisions).Reason);
        Assert.All(new[] { tooMany, tooShort, noTag, unknownTag }, o => Assert.Equal(KudosStatus.Blocked, o.Status));
        Assert.Equal(KudosStatus.Recorded, fine.Status);
        Assert.Equal(25, (await _store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task Threshold_approval_holds_kudos_until_every_required_level_approved()
    {
        var policy = new ThresholdApprovalPolicy([new ApprovalThreshold(200, 2), new ApprovalThreshold(50, 1)]);
        var engine = Engine(o => o.BasePoints = 1000, policy);

        var small = await engine.GiveAsync(Kudos("k0", "dee", "bob", 49));
        var medium = await engine.GiveAsync(Kudos("k1", "dee", "bob", 60));
        var big = Kudos("k2", "dee", "cid", 250);
        var bigPending = await engine.GiveAsync(big);
        var selfApproved = await engine.GiveAsync(big with { Approvals = [new("dee", 1), new("ann", 2)] });
        var approved = await engine.GiveAsync(big with { Approvals = [new("ann", 1), new("hr-1", 2)] });

        Assert.Equal(KudosStatus.Recorded, small.Status);
        Assert.Equal(KudosStatus.PendingApproval, medium.Status);
        Assert.Equal([1], medium.MissingApprovalLevels);
        Assert.Equal([1, 2], bigPending.MissingApprovalLevels);
        Assert.Equal("250 points need approval at level(s) 1, 2", bigPending.Decisions[0].Reason);
        Assert.Equal([1], selfApproved.MissingApprovalLevels);
        Assert.Equal(KudosStatus.Recorded, approved.Status);
        Assert.Equal(250, (await _store.GetBalancesAsync("cid")).Earned);
        Assert.Equal(49, (await _store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task The_most_severe_verdict_wins_and_flags_are_kept()
    {
        var engine = Engine(null, new AlwaysFlag(), new GivingAllowancePolicy { WhenExceeded = KudosVerdict.AllowWithoutPoints });

        var flaggedOnly = await engine.GiveAsync(Kudos("k1", "dee", "bob", 10));
        var flaggedAndOver = await engine.GiveAsync(Kudos("k2", "dee", "cid", 500));

        Assert.Equal(KudosStatus.Recorded, flaggedOnly.Status);
        Assert.Equal(KudosVerdict.Flag, flaggedOnly.Verdict);
        Assert.True(flaggedOnly.Flagged);
        Assert.Equal(KudosStatus.RecordedWithoutPoints, flaggedAndOver.Status);
        Assert.Equal(KudosVerdict.AllowWithoutPoints, flaggedAndOver.Verdict);
        Assert.True(flaggedAndOver.Flagged);
    }

    [Fact]
    public async Task A_kudos_delivered_twice_is_recorded_and_announced_once()
    {
        var engine = Engine();
        var request = new KudosRequest { KudosId = "k1", GiverId = "dee", ReceiverIds = ["bob", "cid"], Points = 10, Message = "great session", Tags = ["great mentor"] };

        var first = await engine.GiveAsync(request);
        var second = await engine.GiveAsync(request);

        Assert.Equal(KudosStatus.Recorded, first.Status);
        Assert.Equal(4, first.Entries.Count);
        Assert.Equal(KudosStatus.Duplicate, second.Status);
        Assert.Equal(new LedgerBalances(80, 0, 0), await _store.GetBalancesAsync("dee"));
        var events = _sink.Events;
        Assert.Equal(3, events.Count);
        var given = Assert.IsType<KudosGiven>(events[0]);
        Assert.Equal(["bob", "cid"], given.ReceiverIds);
        Assert.Equal(March2, given.OccurredAt);
        Assert.Equal(["bob", "cid"], events.OfType<PointsAwarded>().Select(p => p.ParticipantId));
        Assert.All(events.OfType<PointsAwarded>(), p => Assert.Equal(10, p.Points));
    }

    [Fact]
    public async Task A_malformed_request_reports_every_problem()
    {
        var engine = Engine();

        var ex = await Assert.ThrowsAsync<PeerLearningValidationException>(() =>
            engine.GiveAsync(new KudosRequest { KudosId = "k1", GiverId = "", ReceiverIds = ["bob", "bob"], Points = -1 }).AsTask());

        Assert.Equal(["giverId", "receiverIds[1]", "points"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Invalid_allowance_options_are_refused_at_construction()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => Engine(o => { o.TimeZoneId = "Mars/Olympus"; o.BasePoints = -1; }));

        Assert.Equal(["basePoints", "timeZoneId"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task A_pending_kudos_survives_a_restart_keeps_its_instant_and_is_recorded_when_the_last_level_approves()
    {
        var policy = new ThresholdApprovalPolicy([new ApprovalThreshold(200, 2), new ApprovalThreshold(50, 1)]);
        var before = await Engine(o => o.BasePoints = 1000, policy).GiveAsync(Kudos("k2", "dee", "cid", 250));
        _time.Advance(TimeSpan.FromDays(3));

        // A new engine on the same store, as after a restart.
        var engine = Engine(o => o.BasePoints = 1000, policy);
        var inbox = await _store.GetPendingKudosAsync();
        var first = await engine.ApproveAsync("k2", new KudosApproval("ann", 1));
        var kept = await _store.FindPendingKudosAsync("k2");
        var last = await engine.ApproveAsync("k2", new KudosApproval("hr-1", 2));

        Assert.Equal(KudosStatus.PendingApproval, before.Status);
        var pending = Assert.Single(inbox);
        Assert.Equal(("k2", March2), (pending.KudosId, pending.SubmittedAt));
        Assert.Equal([1, 2], pending.MissingApprovalLevels);
        Assert.Equal(KudosStatus.PendingApproval, first.Status);
        Assert.Equal([2], first.MissingApprovalLevels);
        Assert.Equal([new KudosApproval("ann", 1)], kept!.Request.Approvals);
        Assert.Equal(KudosStatus.Recorded, last.Status);
        Assert.All(last.Entries, e => Assert.Equal(March2, e.OccurredAt));
        Assert.Equal(250, (await _store.GetBalancesAsync("cid")).Earned);
        Assert.Empty(await _store.GetPendingKudosAsync());
        Assert.Contains(_sink.Events, e => e is KudosGiven { KudosId: "k2" } given && given.OccurredAt == March2);
    }

    [Fact]
    public async Task Approving_an_unknown_kudos_or_with_a_malformed_approval_names_the_field()
    {
        var engine = Engine(o => o.BasePoints = 1000, new ThresholdApprovalPolicy([new ApprovalThreshold(50, 1)]));
        await engine.GiveAsync(Kudos("k1", "dee", "bob", 60));

        var unknown = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.ApproveAsync("k-none", new KudosApproval("ann", 1)).AsTask());
        var malformed = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.ApproveAsync("k1", new KudosApproval(" ", 0)).AsTask());

        Assert.Equal(("k-none", "kudosId"), (unknown.Problems[0].ItemId, unknown.Problems[0].Field));
        Assert.Equal(["approval.approverId", "approval.level"], malformed.Problems.Select(p => p.Field));
        Assert.NotNull(await _store.FindPendingKudosAsync("k1"));
    }

    [Fact]
    public async Task Approvals_of_a_pending_kudos_are_not_reused_by_a_different_kudos_with_its_id()
    {
        var engine = Engine(o => o.BasePoints = 1000, new ThresholdApprovalPolicy([new ApprovalThreshold(50, 1)]));
        await engine.GiveAsync(Kudos("k1", "dee", "bob", 60) with { Approvals = [new("dee", 1)] });

        var morePoints = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.GiveAsync(Kudos("k1", "dee", "bob", 900)).AsTask());
        var otherReceiver = await Assert.ThrowsAsync<PeerLearningValidationException>(() => engine.GiveAsync(Kudos("k1", "dee", "cid", 60)).AsTask());
        var resubmitted = await engine.GiveAsync(Kudos("k1", "dee", "bob", 60) with { Approvals = [new("ann", 1)] });

        Assert.Equal(("k1", "kudosId"), (morePoints.Problems[0].ItemId, morePoints.Problems[0].Field));
        Assert.Equal("kudosId", otherReceiver.Problems[0].Field);
        Assert.Equal(KudosStatus.Recorded, resubmitted.Status);
        Assert.Equal(60, (await _store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task A_pending_kudos_that_a_policy_blocks_on_approval_is_dropped()
    {
        var gate = new BlockWhenClosed();
        var engine = Engine(o => o.BasePoints = 1000, new ThresholdApprovalPolicy([new ApprovalThreshold(50, 1)]), gate);
        var held = await engine.GiveAsync(Kudos("k1", "dee", "bob", 60));
        gate.Closed = true;

        var blocked = await engine.ApproveAsync("k1", new KudosApproval("ann", 1));

        Assert.Equal(KudosStatus.PendingApproval, held.Status);
        Assert.Equal(KudosStatus.Blocked, blocked.Status);
        Assert.Null(await _store.FindPendingKudosAsync("k1"));
        Assert.Equal(0, (await _store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task An_approval_saved_by_someone_else_meanwhile_is_kept_and_completes_the_kudos()
    {
        var policy = new ThresholdApprovalPolicy([new ApprovalThreshold(200, 2), new ApprovalThreshold(50, 1)]);
        await Engine(o => o.BasePoints = 1000, policy).GiveAsync(Kudos("k2", "dee", "cid", 250));
        var staleRead = await _store.FindPendingKudosAsync("k2");

        // Another approver's engine saves level 2 after this engine read the pending kudos without it.
        await _store.SavePendingKudosAsync(staleRead! with { Request = staleRead.Request with { Approvals = [new("hr-1", 2)] }, MissingApprovalLevels = [1] });
        var engine = new KudosEngine(new StaleOnceStore(_store, staleRead), [policy], new ParticipantDirectory(People), new GivingAllowanceOptions { BasePoints = 1000, TimeZoneId = "Europe/Berlin" }, _time, _sink);
        var outcome = await engine.GiveAsync(Kudos("k2", "dee", "cid", 250) with { Approvals = [new("ann", 1)] });

        Assert.Equal(KudosStatus.Recorded, outcome.Status);
        Assert.Equal(250, (await _store.GetBalancesAsync("cid")).Earned);
        Assert.Empty(await _store.GetPendingKudosAsync());
    }

    /// <summary>A store whose first read of a pending kudos returns an older copy, as a concurrent writer would leave it.</summary>
    private sealed class StaleOnceStore(IRecognitionStore inner, PendingKudos stale) : IRecognitionStore
    {
        private bool _served;

        public ValueTask<PendingKudos?> FindPendingKudosAsync(string kudosId, CancellationToken cancellationToken = default)
        {
            if (!_served && kudosId == stale.KudosId)
            {
                _served = true;
                return ValueTask.FromResult<PendingKudos?>(stale);
            }

            return inner.FindPendingKudosAsync(kudosId, cancellationToken);
        }

        public ValueTask<AppendResult> AppendAsync(RecognitionBatch batch, CancellationToken cancellationToken = default) => inner.AppendAsync(batch, cancellationToken);

        public ValueTask<LedgerEntry?> RevokeEntryAsync(string idempotencyKey, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.RevokeEntryAsync(idempotencyKey, reason, at, cancellationToken);

        public ValueTask<BadgeAward?> RevokeAwardAsync(string awardId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.RevokeAwardAsync(awardId, reason, at, cancellationToken);

        public ValueTask<LedgerBalances> GetBalancesAsync(string participantId, CancellationToken cancellationToken = default) => inner.GetBalancesAsync(participantId, cancellationToken);

        public ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesAsync(string participantId, CancellationToken cancellationToken = default) => inner.GetEntriesAsync(participantId, cancellationToken);

        public ValueTask<IReadOnlyList<LedgerEntry>> GetEntriesBetweenAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default) => inner.GetEntriesBetweenAsync(startInclusive, endExclusive, cancellationToken);

        public ValueTask<LedgerEntry?> FindEntryAsync(string idempotencyKey, CancellationToken cancellationToken = default) => inner.FindEntryAsync(idempotencyKey, cancellationToken);

        public ValueTask<IReadOnlyList<BadgeAward>> GetAwardsAsync(string participantId, CancellationToken cancellationToken = default) => inner.GetAwardsAsync(participantId, cancellationToken);

        public ValueTask<IReadOnlyList<BadgeAward>> GetAwardsExpiringAsync(DateTimeOffset startInclusive, DateTimeOffset endExclusive, CancellationToken cancellationToken = default) => inner.GetAwardsExpiringAsync(startInclusive, endExclusive, cancellationToken);

        public ValueTask<PendingKudos> SavePendingKudosAsync(PendingKudos pending, CancellationToken cancellationToken = default) => inner.SavePendingKudosAsync(pending, cancellationToken);

        public ValueTask<IReadOnlyList<PendingKudos>> GetPendingKudosAsync(CancellationToken cancellationToken = default) => inner.GetPendingKudosAsync(cancellationToken);

        public ValueTask<bool> RemovePendingKudosAsync(string kudosId, CancellationToken cancellationToken = default) => inner.RemovePendingKudosAsync(kudosId, cancellationToken);

        public ValueTask<PersonDeletionResult> DeletePersonAsync(string participantId, CancellationToken cancellationToken = default) => inner.DeletePersonAsync(participantId, cancellationToken);
    }

    private sealed class BlockWhenClosed : IKudosPolicy
    {
        public bool Closed { get; set; }

        public string Name => "gate";

        public KudosPolicyDecision Evaluate(KudosContext context) => Closed ? new(KudosVerdict.Block, Name, "closed") : KudosPolicyDecision.Allowed(Name);
    }

    private sealed class AlwaysFlag : IKudosPolicy
    {
        public string Name => "always-flag";

        public KudosPolicyDecision Evaluate(KudosContext context) => new(KudosVerdict.Flag, Name, "test flag");
    }
}
