namespace PeerLearning.Recognition;

/// <summary>The three separate balances every participant has in the points ledger.</summary>
public enum LedgerAccount
{
    /// <summary>Points a person may give to others this period (credited by allowance grants, debited by kudos).</summary>
    GivingAllowance = 0,

    /// <summary>Points a person received from peers.</summary>
    Earned = 1,

    /// <summary>Points the organization funded (badge bonuses, manager awards); kept apart from peer points.</summary>
    OrganizationAward = 2,
}
