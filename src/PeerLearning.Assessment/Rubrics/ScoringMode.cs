namespace PeerLearning.Assessment.Rubrics;

/// <summary>How a rubric turns per-criterion points into a grade from 0 to 100.</summary>
public enum ScoringMode
{
    /// <summary>Sum of points: 100 × Σ points ÷ Σ maximum points.</summary>
    SumOfPoints = 0,

    /// <summary>Moodle "accumulative": weighted mean of each criterion's position in its range, 100 × Σ wᵢ(xᵢ − minᵢ)/(maxᵢ − minᵢ) ÷ Σ wᵢ.</summary>
    WeightedPercentage = 1,

    /// <summary>Moodle "rubric": 100 × (Σ chosen − Σ min) ÷ (Σ max − Σ min).</summary>
    Levels = 2,

    /// <summary>Moodle "number of errors": each criterion is an assertion (1 passed, 0 failed); failed weights are summed and mapped to a grade.</summary>
    NumberOfErrors = 3,

    /// <summary>Moodle "comments": reviewers only comment; there is no grade.</summary>
    CommentsOnly = 4,
}
