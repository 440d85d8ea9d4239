namespace PeerLearning.Recognition;

/// <summary>A finding for a reviewer: which detector, who, why, and whether it blocks (only when opted in).</summary>
/// <param name="Detector">The detector's name (see <see cref="AntiGamingOptions"/> constants).</param>
/// <param name="ParticipantIds">The people involved, sorted.</param>
/// <param name="Reason">What was seen, in words.</param>
/// <param name="Value">The measured value (ratio, share, similarity count, positions).</param>
/// <param name="Verdict"><see cref="KudosVerdict.Flag"/>, or <see cref="KudosVerdict.Block"/> for an auto-blocking detector.</param>
public sealed record GamingFlag(string Detector, IReadOnlyList<string> ParticipantIds, string Reason, double Value, KudosVerdict Verdict);
