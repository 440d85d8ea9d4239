namespace PeerLearning.Recognition;

/// <summary>What a store did with a <see cref="RecognitionBatch"/>.</summary>
/// <param name="Recorded">The entries recorded now, with the sequence the store assigned.</param>
/// <param name="DuplicateKeys">Keys of entries the store already held (skipped).</param>
/// <param name="RecordedAwards">The awards recorded now.</param>
/// <param name="DuplicateAwardIds">Ids of awards the store already held (skipped).</param>
public sealed record AppendResult(
    IReadOnlyList<LedgerEntry> Recorded,
    IReadOnlyList<string> DuplicateKeys,
    IReadOnlyList<BadgeAward> RecordedAwards,
    IReadOnlyList<string> DuplicateAwardIds);
