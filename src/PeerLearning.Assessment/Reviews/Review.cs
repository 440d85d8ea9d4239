namespace PeerLearning.Assessment.Reviews;

/// <summary>One reviewer's assessment of one submission against the rubric.</summary>
/// <remarks>
/// A review may leave criteria out (they count as missing, not as zero) and may arrive after the deadline (it is
/// used and counted as late). Missing and late reviews are normal input.
/// </remarks>
public sealed record Review
{
    /// <summary>A stable id, unique among the reviews.</summary>
    public required string Id { get; init; }

    /// <summary>The submission reviewed.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>Who reviewed.</summary>
    public required string ReviewerId { get; init; }

    /// <summary>Peer, self-assessment or expert review.</summary>
    public ReviewKind Kind { get; init; } = ReviewKind.Peer;

    /// <summary>Points per criterion id.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = Empty;

    /// <summary>Comments per criterion id.</summary>
    public IReadOnlyDictionary<string, string> Comments { get; init; } = EmptyComments;

    /// <summary>A comment on the whole submission.</summary>
    public string? OverallComment { get; init; }

    /// <summary>When the review was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The review's weight in the Moodle-style weighted mean (Moodle: 0–16, default 1).</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The author's rating of how helpful the review was (feedback on feedback), from 1 to 5.</summary>
    public double? Helpfulness { get; init; }

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>(0, StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, string> EmptyComments = new Dictionary<string, string>(0, StringComparer.Ordinal);
}
