using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// The shared frame of the built-in methods: a method estimates each criterion of each submission (scaled to the
/// criterion's range); the frame applies expert reviews and teacher overrides, combines criteria by the rubric,
/// carries standard errors through the rubric's slopes and flags grades for a human.
/// </summary>
internal abstract class PerCriterionAggregator : IGradeAggregator
{
    public abstract string Name { get; }

    /// <summary>Whether the method weighs expert reviews in itself (then they do not override).</summary>
    protected virtual bool WeighsExperts => false;

    public AggregationResult Aggregate(PeerAssessment round, AggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(options);
        var table = ReviewTable.Build(round);
        var fit = Fit(table, options);
        return Assemble(table, fit, options);
    }

    internal abstract MethodFit Fit(ReviewTable t, AggregationOptions options);

    private AggregationResult Assemble(ReviewTable t, MethodFit fit, AggregationOptions options)
    {
        var rubric = t.Rubric;
        var grades = new SubmissionGrade[t.SubmissionCount];
        var points = new double[t.Criteria];
        var errors = new double[t.Criteria];
        var reviewAt = 0;
        var correlation = fit.Covariance is null ? CriterionCorrelation.Pooled(t) : null;
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            var submission = t.Submissions[s];
            var useExperts = false;
            if (options.ExpertReviewsOverride && !WeighsExperts)
            {
                for (var c = 0; c < t.Criteria && !useExperts; c++)
                {
                    useExperts = !double.IsNaN(t.ExpertMean[c][s]);
                }
            }

            var criteria = new CriterionGrade[t.Criteria];
            for (var c = 0; c < t.Criteria; c++)
            {
                var col = t.Columns[c];
                var count = col.SubStart[s + 1] - col.SubStart[s];
                var v = fit.Value[c][s];
                var e = fit.StandardError[c][s];
                if (useExperts && !double.IsNaN(t.ExpertMean[c][s]))
                {
                    v = t.ExpertMean[c][s];
                    e = 0;
                }

                if (double.IsNaN(v))
                {
                    points[c] = double.NaN;
                    errors[c] = double.NaN;
                    criteria[c] = new CriterionGrade(rubric.Criteria[c].Id, null, null, count);
                    continue;
                }

                points[c] = t.Low[c] + (Math.Clamp(v, 0, 1) * t.Range[c]);
                errors[c] = double.IsNaN(e) ? double.NaN : e * t.Range[c];
                criteria[c] = new CriterionGrade(rubric.Criteria[c].Id, points[c], double.IsNaN(errors[c]) ? null : errors[c], count);
            }

            var grade = t.GradeOf(points, out var slopes);
            double? standardError = null;
            if (grade is not null && slopes is not null)
            {
                var variance = 0.0;
                var known = true;
                for (var c = 0; c < t.Criteria; c++)
                {
                    if (!double.IsNaN(points[c]))
                    {
                        known &= !double.IsNaN(errors[c]);
                        variance += slopes[c] * slopes[c] * errors[c] * errors[c];
                    }
                }

                // The criteria's errors are correlated (a reviewer's bias moves them all): add the cross terms, from the
                // method's own covariance or else the round's pooled correlation. Criteria an expert scored have no error.
                var k = t.Criteria;
                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        if (a != b && errors[a] > 0 && errors[b] > 0)
                        {
                            var shared = fit.Covariance is { } covariance
                                ? t.Range[a] * t.Range[b] * covariance[(((s * k) + a) * k) + b]
                                : errors[a] * errors[b] * correlation![(a * k) + b];
                            variance += slopes[a] * slopes[b] * shared;
                        }
                    }
                }

                variance = Math.Max(variance, 0);
                standardError = known ? Math.Sqrt(variance) : null;
            }

            var source = grade is null ? GradeSource.None : useExperts ? GradeSource.Experts : GradeSource.Peers;
            if (submission.GradeOverride is { } teacher)
            {
                grade = teacher;
                standardError = 0;
                source = GradeSource.Override;
            }

            var n = t.PeerReviewsPerSubmission[s];
            double ownSum = 0;
            var ownCount = 0;
            for (var i = reviewAt; i < reviewAt + n; i++)
            {
                if (!double.IsNaN(t.PeerReviewGrade[i]))
                {
                    ownSum += t.PeerReviewGrade[i];
                    ownCount++;
                }
            }

            double? disagreement = null;
            if (ownCount >= 2)
            {
                var ownMean = ownSum / ownCount;
                var ownSquares = 0.0;
                for (var i = reviewAt; i < reviewAt + n; i++)
                {
                    if (!double.IsNaN(t.PeerReviewGrade[i]))
                    {
                        ownSquares += (t.PeerReviewGrade[i] - ownMean) * (t.PeerReviewGrade[i] - ownMean);
                    }
                }

                disagreement = Math.Sqrt(ownSquares / (ownCount - 1));
            }

            reviewAt += n;
            var reasons = new List<string>(0);
            if (source == GradeSource.None && rubric.Mode != Rubrics.ScoringMode.CommentsOnly)
            {
                reasons.Add("no usable reviews");
            }

            if (source == GradeSource.Peers)
            {
                if (n < options.MinReviews)
                {
                    reasons.Add($"too few reviews: {n} of {options.MinReviews} needed");
                }

                if (disagreement > options.MaxDisagreement)
                {
                    reasons.Add(FormattableString.Invariant($"high disagreement: reviews' grades have SD {disagreement:0.0} (limit {options.MaxDisagreement:0.0})"));
                }

                if (standardError > options.MaxStandardError)
                {
                    reasons.Add(FormattableString.Invariant($"uncertain: standard error {standardError:0.0} (limit {options.MaxStandardError:0.0})"));
                }
            }

            grades[s] = new SubmissionGrade
            {
                SubmissionId = submission.Id,
                AuthorIds = submission.AuthorIds,
                Grade = grade,
                StandardError = standardError,
                ReviewCount = n,
                LateReviewCount = t.LateReviewsPerSubmission[s],
                Disagreement = disagreement,
                Source = source,
                Criteria = criteria,
                NeedsHumanReview = reasons.Count > 0,
                Reasons = reasons,
            };
        }

        var reviewers = fit.Reviewers ?? t.ReviewerIds.Select((id, r) => new ReviewerEstimate { ReviewerId = id, ReviewCount = t.ReviewsPerReviewer[r] }).ToArray();
        return new AggregationResult(Name, grades, reviewers);
    }
}
