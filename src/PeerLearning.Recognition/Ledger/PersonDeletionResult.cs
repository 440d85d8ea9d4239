namespace PeerLearning.Recognition;

/// <summary>What a hard delete of a person's data removed.</summary>
/// <param name="EntriesDeleted">Ledger entries of the person, deleted.</param>
/// <param name="AwardsDeleted">Badge awards of the person, deleted.</param>
/// <param name="CounterpartyReferencesErased">Other people's entries that named the person as counterparty, now anonymous.</param>
public sealed record PersonDeletionResult(int EntriesDeleted, int AwardsDeleted, int CounterpartyReferencesErased)
{
    /// <summary>Pending kudos that named the person (as giver, receiver or approver), dropped.</summary>
    public int PendingKudosDeleted { get; init; }
}
