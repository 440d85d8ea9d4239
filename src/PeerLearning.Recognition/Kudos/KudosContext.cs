namespace PeerLearning.Recognition;

/// <summary>What a policy may look at: the request, the time, the giver's allowance period and ledger history.</summary>
public sealed record KudosContext
{
    /// <summary>The kudos.</summary>
    public required KudosRequest Request { get; init; }

    /// <summary>When it is given.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The giver, when the directory knows them.</summary>
    public Participant? Giver { get; init; }

    /// <summary>The giving-allowance period <see cref="Now"/> falls in.</summary>
    public required AllowancePeriod Period { get; init; }

    /// <summary>The giver's giving-allowance balance before this kudos.</summary>
    public required long AllowanceRemaining { get; init; }

    /// <summary>The giver's ledger entries (their kudos debits name the receiver as counterparty).</summary>
    public required IReadOnlyList<LedgerEntry> GiverEntries { get; init; }

    /// <summary>Points this kudos costs the giver: points per receiver times receivers.</summary>
    public long TotalPoints => (long)Request.Points * Request.ReceiverIds.Count;

    /// <summary>Kudos (count and points) the giver gave <paramref name="receiverId"/> in the current period, revocations deducted.</summary>
    /// <param name="receiverId">The receiver.</param>
    /// <returns>The count and the points.</returns>
    public (int Count, long Points) GivenInPeriodTo(string receiverId)
    {
        var count = 0;
        long points = 0;
        foreach (var e in GiverEntries)
        {
            if (e.Account != LedgerAccount.GivingAllowance || e.CounterpartyId != receiverId || e.OccurredAt < Period.Start || e.OccurredAt >= Period.End)
            {
                continue;
            }

            count += e.RevokesKey is null ? 1 : -1;
            points -= e.Points;
        }

        return (count, points);
    }
}
