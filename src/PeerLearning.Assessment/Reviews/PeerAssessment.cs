using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Reviews;

/// <summary>Everything one round of peer assessment produced: the rubric, the submissions and the reviews.</summary>
public sealed record PeerAssessment
{
    /// <summary>An id for the round (used in event ids); defaults to the rubric's id.</summary>
    public string? Id { get; init; }

    /// <summary>The rubric the reviews follow.</summary>
    public required Rubric Rubric { get; init; }

    /// <summary>The submissions.</summary>
    public required IReadOnlyList<Submission> Submissions { get; init; }

    /// <summary>The reviews (peer, self and expert), in any order.</summary>
    public required IReadOnlyList<Review> Reviews { get; init; }

    /// <summary>The review deadline; reviews submitted after it are counted as late (and still used).</summary>
    public DateTimeOffset? ReviewDeadline { get; init; }

    /// <summary>Checks the round and reports every problem at once (missing and late reviews are not problems).</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => PeerAssessmentValidator.Validate(this);
}
