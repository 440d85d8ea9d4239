namespace PeerLearning.Recognition.Tests.Ledger;

/// <summary>
/// The behaviour every <see cref="IRecognitionStore"/> must have. This one file is compiled into the Recognition
/// tests (in-memory store) and the Storage.Sqlite tests (SQLite store on a real file), so both run the same suite.
/// </summary>
public abstract class RecognitionStoreContract
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    protected abstract IRecognitionStore CreateStore();

    protected static LedgerEntry Entry(string key, string person, long points, LedgerAccount account = LedgerAccount.Earned, DateTimeOffset? at = null, string? counterparty = null, string? awardId = null) => new()
    {
        IdempotencyKey = key,
        ParticipantId = person,
        Account = account,
        Points = points,
        OccurredAt = at ?? T0,
        Reason = "test " + key,
        CounterpartyId = counterparty,
        SourceEventId = "ev-" + key,
        AwardId = awardId,
    };

    protected static BadgeAward Award(string id, string person, string badge = "mentor-5", DateTimeOffset? expires = null) => new()
    {
        AwardId = id,
        BadgeId = badge,
        ParticipantId = person,
        AwardedAt = T0,
        ExpiresAt = expires,
        SourceEventId = "ev-" + id,
    };

    [Fact]
    public async Task Entries_land_in_three_separate_balances()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch
        {
            Entries =
            [
                Entry("g1", "ann", 100, LedgerAccount.GivingAllowance),
                Entry("g2", "ann", -30, LedgerAccount.GivingAllowance),
                Entry("e1", "ann", 30, LedgerAccount.Earned, counterparty: "bob"),
                Entry("o1", "ann", 50, LedgerAccount.OrganizationAward),
                Entry("e2", "bob", 7),
            ],
        });

        Assert.Equal(new LedgerBalances(70, 30, 50), await store.GetBalancesAsync("ann"));
        Assert.Equal(new LedgerBalances(0, 7, 0), await store.GetBalancesAsync("bob"));
        Assert.Equal(LedgerBalances.Zero, await store.GetBalancesAsync("nobody"));
    }

    [Fact]
    public async Task Stored_entries_keep_every_field_with_increasing_sequence_and_utc_time()
    {
        var store = CreateStore();
        var result = await store.AppendAsync(new RecognitionBatch { Entries = [Entry("a", "ann", 5, counterparty: "bob"), Entry("b", "ann", 6)] });

        var entries = await store.GetEntriesAsync("ann");
        Assert.Equal(["a", "b"], entries.Select(e => e.IdempotencyKey));
        Assert.True(entries[0].Sequence > 0 && entries[1].Sequence > entries[0].Sequence);
        Assert.Equal(result.Recorded, entries);
        Assert.Equal(TimeSpan.Zero, entries[0].OccurredAt.Offset);
        Assert.Equal(T0, entries[0].OccurredAt);
        Assert.Equal("bob", entries[0].CounterpartyId);
        Assert.Equal("ev-a", entries[0].SourceEventId);
        Assert.Equal("test a", entries[0].Reason);
        Assert.Equal(entries[0], await store.FindEntryAsync("a"));
        Assert.Null(await store.FindEntryAsync("zzz"));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_recorded_once()
    {
        var store = CreateStore();
        var batch = new RecognitionBatch { Entries = [Entry("kudos:k1:bob", "bob", 10)], Awards = [Award("aw1", "bob")] };

        var first = await store.AppendAsync(batch);
        var second = await store.AppendAsync(batch);

        Assert.Single(first.Recorded);
        Assert.Single(first.RecordedAwards);
        Assert.Empty(second.Recorded);
        Assert.Equal(["kudos:k1:bob"], second.DuplicateKeys);
        Assert.Equal(["aw1"], second.DuplicateAwardIds);
        Assert.Single(await store.GetEntriesAsync("bob"));
        Assert.Single(await store.GetAwardsAsync("bob"));
        Assert.Equal(10, (await store.GetBalancesAsync("bob")).Earned);
    }

    [Fact]
    public async Task A_batch_with_one_known_and_one_new_entry_records_only_the_new_one()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch { Entries = [Entry("x", "ann", 1)] });

        var result = await store.AppendAsync(new RecognitionBatch { Entries = [Entry("x", "ann", 1), Entry("y", "ann", 2)] });

        Assert.Equal(["y"], result.Recorded.Select(e => e.IdempotencyKey));
        Assert.Equal(["x"], result.DuplicateKeys);
        Assert.Equal(3, (await store.GetBalancesAsync("ann")).Earned);
    }

    [Fact]
    public async Task A_large_batch_records_new_entries_in_order_and_skips_known_ones_anywhere_in_it()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch { Entries = [Entry("n10", "ann", 1), Entry("n70", "ann", 1), Entry("n149", "ann", 1)] });

        var result = await store.AppendAsync(new RecognitionBatch { Entries = [.. Enumerable.Range(0, 150).Select(i => Entry($"n{i}", $"p{i % 7}", i + 1))] });

        Assert.Equal(["n10", "n70", "n149"], result.DuplicateKeys);
        Assert.Equal(147, result.Recorded.Count);
        Assert.Equal(Enumerable.Range(0, 150).Where(i => i is not (10 or 70 or 149)).Select(i => $"n{i}"), result.Recorded.Select(e => e.IdempotencyKey));
        Assert.True(result.Recorded.Zip(result.Recorded.Skip(1)).All(p => p.Second.Sequence > p.First.Sequence));
        Assert.Equal(result.Recorded, (await store.GetEntriesBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)).Where(e => e.ParticipantId != "ann"));
    }

    [Fact]
    public async Task An_invalid_batch_reports_every_problem_and_records_nothing()
    {
        var store = CreateStore();
        var batch = new RecognitionBatch
        {
            Entries = [Entry("ok", "ann", 5), Entry("bad-account", "ann", 3, (LedgerAccount)7), Entry("ok", "bob", 1), Entry("", "carl", 1)],
            Awards = [Award("aw", "")],
        };

        var ex = await Assert.ThrowsAsync<PeerLearningValidationException>(() => store.AppendAsync(batch).AsTask());

        Assert.Contains(ex.Problems, p => p.ItemId == "bad-account" && p.Field == "account");
        Assert.Contains(ex.Problems, p => p.ItemId == "ok" && p.Field == "idempotencyKey");
        Assert.Contains(ex.Problems, p => p.ItemId == "entries[3]" && p.Field == "idempotencyKey");
        Assert.Contains(ex.Problems, p => p.ItemId == "aw" && p.Field == "participantId");
        Assert.Equal(4, ex.Problems.Count);
        Assert.Empty(await store.GetEntriesAsync("ann"));
    }

    [Fact]
    public async Task Concurrent_duplicate_deliveries_from_many_threads_produce_exactly_one_entry()
    {
        var store = CreateStore();
        const int threads = 12;
        var batch = new RecognitionBatch
        {
            Entries = [Entry("badge:first-session:dan", "dan", 25, LedgerAccount.OrganizationAward, awardId: "aw-dan"), Entry("kudos:k9:dan", "dan", 5)],
            Awards = [Award("aw-dan", "dan", "first-session")],
        };
        var results = new AppendResult[threads];
        var errors = new List<Exception>();
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[i] = store.AppendAsync(batch).AsTask().GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                lock (errors)
                {
                    errors.Add(ex);
                }
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        Assert.Empty(errors);
        Assert.Equal(2, results.Sum(r => r.Recorded.Count));
        Assert.Equal(1, results.Sum(r => r.RecordedAwards.Count));
        Assert.Equal(threads - 1, results.Count(r => r.DuplicateKeys.Count == 2 && r.DuplicateAwardIds.Count == 1));
        Assert.Equal(2, (await store.GetEntriesAsync("dan")).Count);
        Assert.Single(await store.GetAwardsAsync("dan"));
        Assert.Equal(new LedgerBalances(0, 5, 25), await store.GetBalancesAsync("dan"));
    }

    [Fact]
    public async Task Many_threads_replaying_the_same_event_stream_in_different_orders_record_each_event_once()
    {
        var store = CreateStore();
        const int threads = 6;
        const int events = 60;
        var errors = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                var order = Enumerable.Range(0, events).OrderBy(i => (i * 7919 + t * 104729) % events).ToList();
                foreach (var i in order)
                {
                    store.AppendAsync(new RecognitionBatch { Entries = [Entry($"ev{i}", $"p{i % 4}", i + 1)] }).AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception ex)
            {
                lock (errors)
                {
                    errors.Add(ex);
                }
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        Assert.Empty(errors);
        var all = await store.GetEntriesBetweenAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Equal(events, all.Count);
        Assert.Equal(events, all.Select(e => e.IdempotencyKey).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, events).Sum(), all.Sum(e => e.Points));
        Assert.Equal(all.Count, all.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task Revocation_appends_a_compensating_entry_with_the_reason_and_keeps_the_original()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch { Entries = [Entry("k1", "eve", 40, counterparty: "fay")] });
        var at = T0.AddDays(1);

        var compensation = await store.RevokeEntryAsync("k1", "kudos ring confirmed by HR", at);
        var again = await store.RevokeEntryAsync("k1", "second try", at.AddHours(1));

        Assert.NotNull(compensation);
        Assert.Equal("revoke:k1", compensation.IdempotencyKey);
        Assert.Equal(-40, compensation.Points);
        Assert.Equal("k1", compensation.RevokesKey);
        Assert.Equal("kudos ring confirmed by HR", compensation.Reason);
        Assert.Equal(at, compensation.OccurredAt);
        Assert.Equal(compensation, again);
        var entries = await store.GetEntriesAsync("eve");
        Assert.Equal(["k1", "revoke:k1"], entries.Select(e => e.IdempotencyKey));
        Assert.Equal(0, (await store.GetBalancesAsync("eve")).Earned);
    }

    [Fact]
    public async Task Revocation_refuses_an_empty_reason_and_a_compensating_entry_and_ignores_unknown_keys()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch { Entries = [Entry("k1", "eve", 40)] });

        await Assert.ThrowsAsync<PeerLearningValidationException>(() => store.RevokeEntryAsync("k1", " ", T0).AsTask());
        await store.RevokeEntryAsync("k1", "mistake", T0);
        var ex = await Assert.ThrowsAsync<PeerLearningValidationException>(() => store.RevokeEntryAsync("revoke:k1", "undo the undo", T0).AsTask());
        Assert.Equal("revokesKey", ex.Problems[0].Field);
        Assert.Null(await store.RevokeEntryAsync("nope", "reason", T0));
        Assert.Equal(2, (await store.GetEntriesAsync("eve")).Count);
    }

    [Fact]
    public async Task Revoking_an_award_records_the_reason_and_compensates_its_points_together()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch
        {
            Entries = [Entry("badge:aw1", "gus", 50, LedgerAccount.OrganizationAward, awardId: "aw1"), Entry("other", "gus", 5)],
            Awards = [Award("aw1", "gus")],
        });
        var at = T0.AddDays(3);

        var revoked = await store.RevokeAwardAsync("aw1", "sessions were not held", at);
        var again = await store.RevokeAwardAsync("aw1", "later reason", at.AddDays(1));

        Assert.NotNull(revoked);
        Assert.Equal(at, revoked.RevokedAt);
        Assert.Equal("sessions were not held", revoked.RevocationReason);
        Assert.Equal(revoked, again);
        Assert.Equal(revoked, Assert.Single(await store.GetAwardsAsync("gus")));
        Assert.False(revoked.IsValidAt(at));
        Assert.Equal(new LedgerBalances(0, 5, 0), await store.GetBalancesAsync("gus"));
        Assert.Null(await store.RevokeAwardAsync("unknown", "reason", at));
    }

    [Fact]
    public async Task Hard_delete_removes_a_persons_data_and_anonymises_references_without_changing_others_balances()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch
        {
            Entries = [Entry("h1", "hal", 10, counterparty: "ivy"), Entry("h2", "hal", -10, LedgerAccount.GivingAllowance), Entry("i1", "ivy", 10, counterparty: "hal")],
            Awards = [Award("aw-hal", "hal")],
        });
        await store.RevokeEntryAsync("h1", "test", T0);

        var result = await store.DeletePersonAsync("hal");

        Assert.Equal(new PersonDeletionResult(3, 1, 1), result);
        Assert.Empty(await store.GetEntriesAsync("hal"));
        Assert.Empty(await store.GetAwardsAsync("hal"));
        Assert.Equal(LedgerBalances.Zero, await store.GetBalancesAsync("hal"));
        var ivy = Assert.Single(await store.GetEntriesAsync("ivy"));
        Assert.Null(ivy.CounterpartyId);
        Assert.Equal(10, (await store.GetBalancesAsync("ivy")).Earned);
        Assert.Null(await store.FindEntryAsync("h1"));
    }

    [Fact]
    public async Task Entries_between_is_a_half_open_window()
    {
        var store = CreateStore();
        await store.AppendAsync(new RecognitionBatch
        {
            Entries = [Entry("w0", "jo", 1, at: T0.AddDays(-1)), Entry("w1", "jo", 2, at: T0), Entry("w2", "jo", 3, at: T0.AddDays(7).AddTicks(-1)), Entry("w3", "jo", 4, at: T0.AddDays(7))],
        });

        var inWeek = await store.GetEntriesBetweenAsync(T0, T0.AddDays(7));

        Assert.Equal(["w1", "w2"], inWeek.Select(e => e.IdempotencyKey));
    }

    [Fact]
    public async Task Awards_keep_their_fields_and_expiry()
    {
        var store = CreateStore();
        var award = Award("aw-exp", "kim", expires: T0.AddDays(30)) with { AwardedBy = "manager-1" };
        await store.AppendAsync(new RecognitionBatch { Awards = [award] });

        var stored = Assert.Single(await store.GetAwardsAsync("kim"));

        Assert.Equal(award, stored);
        Assert.True(stored.IsValidAt(T0.AddDays(29)));
        Assert.False(stored.IsValidAt(T0.AddDays(30)));
    }

    [Fact]
    public async Task Awards_expiring_in_a_range_leave_out_revoked_and_open_ended_ones_and_come_soonest_first()
    {
        var store = CreateStore();
        var start = T0.AddDays(30);
        await store.AppendAsync(new RecognitionBatch
        {
            Awards =
            [
                Award("late", "ann", expires: start.AddDays(20)),
                Award("never", "ann"),
                Award("before", "bob", expires: start.AddTicks(-1)),
                Award("at-start", "bob", expires: start),
                Award("at-end", "cy", expires: start.AddDays(30)),
                Award("revoked", "cy", expires: start.AddDays(1)),
                Award("tie-first", "dan", expires: start.AddDays(20).ToOffset(TimeSpan.FromHours(-5))),
            ],
        });
        await store.RevokeAwardAsync("revoked", "issued by mistake", T0);

        var expiring = await store.GetAwardsExpiringAsync(start, start.AddDays(30));

        Assert.Equal(["at-start", "late", "tie-first"], expiring.Select(a => a.AwardId));
        Assert.Equal(start.AddDays(20).UtcDateTime, expiring[1].ExpiresAt!.Value.UtcDateTime);
        Assert.Empty(await store.GetAwardsExpiringAsync(start.AddDays(31), start.AddDays(40)));
    }

    protected static PendingKudos Pending(string id, string giver, string receiver, DateTimeOffset at, params KudosApproval[] approvals) => new()
    {
        Request = new KudosRequest
        {
            KudosId = id,
            GiverId = giver,
            ReceiverIds = [receiver, receiver + "-2"],
            Message = "thanks for mentoring me through the migration",
            Tags = ["great mentor", "helped me learn"],
            Points = 250,
            OccurredAt = at,
            Approvals = approvals,
        },
        MissingApprovalLevels = approvals.Length == 0 ? [1, 2] : [2],
    };

    [Fact]
    public async Task Pending_kudos_keep_every_field_replace_by_id_and_list_oldest_first()
    {
        var store = CreateStore();
        await store.SavePendingKudosAsync(Pending("k-late", "ann", "bob", T0.AddHours(2)));
        await store.SavePendingKudosAsync(Pending("k-b", "cy", "dan", T0));
        await store.SavePendingKudosAsync(Pending("k-a", "cy", "dan", T0.AddHours(1)));
        await store.SavePendingKudosAsync(Pending("k-a", "cy", "dan", T0.ToOffset(TimeSpan.FromHours(-4)), new KudosApproval("eve", 1)));

        var found = await store.FindPendingKudosAsync("k-a");
        var all = await store.GetPendingKudosAsync();

        Assert.NotNull(found);
        var r = found.Request;
        Assert.Equal(("k-a", "cy", 250, "thanks for mentoring me through the migration"), (r.KudosId, r.GiverId, r.Points, r.Message));
        Assert.Equal(["dan", "dan-2"], r.ReceiverIds);
        Assert.Equal(["great mentor", "helped me learn"], r.Tags);
        Assert.Equal([new KudosApproval("eve", 1)], r.Approvals);
        Assert.Equal([2], found.MissingApprovalLevels);
        Assert.Equal(T0, r.OccurredAt);
        Assert.Equal(TimeSpan.Zero, r.OccurredAt!.Value.Offset);
        Assert.Equal(["k-a", "k-b", "k-late"], all.Select(p => p.KudosId));
        Assert.Null(await store.FindPendingKudosAsync("k-none"));
        Assert.True(await store.RemovePendingKudosAsync("k-b"));
        Assert.False(await store.RemovePendingKudosAsync("k-b"));
        Assert.Equal(["k-a", "k-late"], (await store.GetPendingKudosAsync()).Select(p => p.KudosId));
        var pendingX = Pending("k-x", "ann", "bob", T0);
        var noInstant = pendingX with { Request = pendingX.Request with { OccurredAt = null } };
        var ex = await Assert.ThrowsAsync<PeerLearningValidationException>(() => store.SavePendingKudosAsync(noInstant).AsTask());
        Assert.Equal(("k-x", "occurredAt"), (ex.Problems[0].ItemId, ex.Problems[0].Field));
    }

    [Fact]
    public async Task Saving_a_pending_kudos_again_keeps_the_approvals_already_stored()
    {
        var store = CreateStore();
        await store.SavePendingKudosAsync(Pending("k1", "ann", "bob", T0, new KudosApproval("eve", 1)));

        var second = await store.SavePendingKudosAsync(Pending("k1", "ann", "bob", T0, new KudosApproval("hr-1", 2)));
        var third = await store.SavePendingKudosAsync(Pending("k1", "ann", "bob", T0, new KudosApproval("eve", 1)));

        Assert.Equal([new KudosApproval("eve", 1), new KudosApproval("hr-1", 2)], second.Request.Approvals);
        Assert.Equal([new KudosApproval("eve", 1), new KudosApproval("hr-1", 2)], third.Request.Approvals);
        Assert.Equal([new KudosApproval("eve", 1), new KudosApproval("hr-1", 2)], (await store.FindPendingKudosAsync("k1"))!.Request.Approvals);
    }

    [Fact]
    public async Task A_batch_that_records_a_pending_kudos_drops_it_with_the_same_commit()
    {
        var store = CreateStore();
        await store.SavePendingKudosAsync(Pending("k1", "ann", "bob", T0));
        await store.SavePendingKudosAsync(Pending("k2", "ann", "bob", T0));

        // An invalid batch commits nothing, so the kudos stays pending.
        await Assert.ThrowsAsync<PeerLearningValidationException>(() => store.AppendAsync(new RecognitionBatch { Entries = [Entry("", "bob", 1)], ResolvesPendingKudosId = "k1" }).AsTask());
        var stillPending = await store.FindPendingKudosAsync("k1");
        await store.AppendAsync(new RecognitionBatch { Entries = [Entry("kudos:k1:receive:bob", "bob", 250)], ResolvesPendingKudosId = "k1" });

        Assert.NotNull(stillPending);
        Assert.Null(await store.FindPendingKudosAsync("k1"));
        Assert.Equal(250, (await store.GetBalancesAsync("bob")).Earned);
        Assert.Equal(["k2"], (await store.GetPendingKudosAsync()).Select(p => p.KudosId));
    }

    [Fact]
    public async Task Deleting_a_person_drops_the_pending_kudos_that_name_them_in_any_role()
    {
        var store = CreateStore();
        await store.SavePendingKudosAsync(Pending("gives", "kim", "lee", T0));
        await store.SavePendingKudosAsync(Pending("receives", "lee", "kim", T0));
        await store.SavePendingKudosAsync(Pending("approves", "lee", "max", T0, new KudosApproval("kim", 1)));
        var second = Pending("second-receiver", "lee", "max", T0);
        await store.SavePendingKudosAsync(second with { Request = second.Request with { ReceiverIds = ["max", "kim"] } });
        await store.SavePendingKudosAsync(Pending("unrelated", "lee", "max", T0, new KudosApproval("kimberly", 1)));

        var result = await store.DeletePersonAsync("kim");

        Assert.Equal(4, result.PendingKudosDeleted);
        Assert.Equal(["unrelated"], (await store.GetPendingKudosAsync()).Select(x => x.KudosId));
    }
}
