namespace PeerLearning.Assessment.Assignment;

/// <summary>A person who can review.</summary>
public sealed record ReviewerCandidate
{
    /// <summary>The reviewer's id (the same id as in submissions' author lists).</summary>
    public required string Id { get; init; }

    /// <summary>The reviewer's department, for spreading reviewers across departments.</summary>
    public string? Department { get; init; }

    /// <summary>Groups the reviewer belongs to; a reviewer never reviews a submission of their own group.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];
}
