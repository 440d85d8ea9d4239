namespace PeerLearning.Recognition;

/// <summary>A participant's three balances: the sums of their ledger entries per account.</summary>
/// <param name="GivingAllowance">Points left to give.</param>
/// <param name="Earned">Points received from peers.</param>
/// <param name="OrganizationAward">Points funded by the organization.</param>
public sealed record LedgerBalances(long GivingAllowance, long Earned, long OrganizationAward)
{
    /// <summary>All balances zero.</summary>
    public static LedgerBalances Zero { get; } = new(0, 0, 0);

    /// <summary>The balance of one account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>Its balance.</returns>
    public long Of(LedgerAccount account) => account switch
    {
        LedgerAccount.GivingAllowance => GivingAllowance,
        LedgerAccount.Earned => Earned,
        LedgerAccount.OrganizationAward => OrganizationAward,
        _ => throw new ArgumentOutOfRangeException(nameof(account), account, "unknown ledger account"),
    };

    /// <summary>Sums entries into balances.</summary>
    /// <param name="entries">The entries of one participant.</param>
    /// <returns>The balances.</returns>
    public static LedgerBalances Sum(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long giving = 0, earned = 0, organization = 0;
        foreach (var e in entries)
        {
            switch (e.Account)
            {
                case LedgerAccount.GivingAllowance: giving += e.Points; break;
                case LedgerAccount.Earned: earned += e.Points; break;
                case LedgerAccount.OrganizationAward: organization += e.Points; break;
            }
        }

        return new(giving, earned, organization);
    }
}
