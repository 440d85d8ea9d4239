namespace PeerLearning.Assessment.Reviews;

/// <summary>A piece of work to be reviewed, by one author or a group.</summary>
public sealed record Submission
{
    /// <summary>A stable id, unique among the submissions.</summary>
    public required string Id { get; init; }

    /// <summary>The authors (one for individual work, several for group work).</summary>
    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    /// <summary>The group that submitted, for group work; its members may not review it.</summary>
    public string? GroupId { get; init; }

    /// <summary>A calibration item: an expert also graded it, and reviewers' accuracy on it sets their calibration weight.</summary>
    public bool IsCalibration { get; init; }

    /// <summary>A teacher's grade (0–100) that overrides every computed grade, as in Moodle Workshop.</summary>
    public double? GradeOverride { get; init; }
}
