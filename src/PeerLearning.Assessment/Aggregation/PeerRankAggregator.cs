namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// PeerRank (Walsh 2014), per criterion on 0–1 of the criterion's range, to the fixed point of
/// Xₛ ← (1 − α − β)·Xₛ + α·Σᵣ GᵣAᵣₛ / Σᵣ Gᵣ + β·Accₛ,
/// where Aᵣₛ is reviewer r's score of submission s, Gᵣ is r's own grade (the mean overall grade of the submissions r
/// authored; the class mean for a reviewer who authored none) and Accₛ is the grading accuracy of s's authors,
/// 1 − mean over their reviews of |Aᵣₜ − Xₜ| (averaged over authors who reviewed on this criterion; Xₛ itself, so neither
/// reward nor penalty, when none did). Walsh's sum over all agents becomes a sum over each submission's reviewers,
/// since not everyone grades everyone. With β = 0 (the default) this is the plain PeerRank rule.
/// </summary>
internal sealed class PeerRankAggregator : PerCriterionAggregator
{
    private const int MaxIterations = 2000;
    private const double Tolerance = 1e-12;

    public override string Name => AggregationMethods.PeerRank;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var alpha = options.PeerRankDamping;
        var beta = options.PeerRankAccuracyWeight;
        var reviewers = t.ReviewerCount;
        var ones = new double[reviewers];
        Array.Fill(ones, 1);
        var fit = WeightedMean.Compute(t, ones, null);
        var grade = OverallGrades(t, fit);
        var weight = new double[reviewers];
        var accuracy = new double[reviewers];
        var accuracyCount = new int[reviewers];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var known = 0.0;
            var knownCount = 0;
            foreach (var g in grade)
            {
                if (!double.IsNaN(g))
                {
                    known += g;
                    knownCount++;
                }
            }

            var classMean = knownCount > 0 ? known / knownCount : 1;
            for (var r = 0; r < reviewers; r++)
            {
                double own = 0;
                var count = 0;
                foreach (var s in t.AuthoredBy[r])
                {
                    if (!double.IsNaN(grade[s]))
                    {
                        own += grade[s];
                        count++;
                    }
                }

                weight[r] = Math.Max(count > 0 ? own / count : classMean, 1e-9);
            }

            var received = WeightedMean.Compute(t, weight, null);
            var change = 0.0;
            for (var c = 0; c < t.Criteria; c++)
            {
                if (beta > 0)
                {
                    Accuracy(t, c, fit.Value[c], accuracy, accuracyCount);
                }

                for (var s = 0; s < t.SubmissionCount; s++)
                {
                    var x = fit.Value[c][s];
                    if (double.IsNaN(received.Value[c][s]))
                    {
                        continue;
                    }

                    var next = ((1 - alpha - beta) * x) + (alpha * received.Value[c][s]);
                    if (beta > 0)
                    {
                        next += beta * AuthorsAccuracy(t, s, x, accuracy, accuracyCount);
                    }

                    change = Math.Max(change, Math.Abs(next - x));
                    fit.Value[c][s] = next;
                    fit.StandardError[c][s] = received.StandardError[c][s];
                }
            }

            grade = OverallGrades(t, fit);
            if (change < Tolerance)
            {
                break;
            }
        }

        var meanWeight = reviewers > 0 ? weight.Average() : 1;
        var estimates = new ReviewerEstimate[reviewers];
        for (var r = 0; r < reviewers; r++)
        {
            estimates[r] = new ReviewerEstimate
            {
                ReviewerId = t.ReviewerIds[r],
                ReviewCount = t.ReviewsPerReviewer[r],
                Weight = weight[r] / meanWeight,
            };
        }

        return fit with { Reviewers = estimates };
    }

    /// <summary>Each reviewer's accuracy on criterion c, 1 − mean |given − current estimate|, and how many scores it rests on.</summary>
    private static void Accuracy(ReviewTable t, int c, double[] value, double[] accuracy, int[] count)
    {
        Array.Clear(accuracy);
        Array.Clear(count);
        var col = t.Columns[c];
        for (var i = 0; i < col.Count; i++)
        {
            var r = col.Rev[i];
            accuracy[r] += Math.Abs(col.Value[i] - value[col.Sub[i]]);
            count[r]++;
        }

        for (var r = 0; r < accuracy.Length; r++)
        {
            accuracy[r] = count[r] > 0 ? 1 - (accuracy[r] / count[r]) : double.NaN;
        }
    }

    /// <summary>The mean accuracy of the submission's authors who graded on this criterion; the estimate itself when none did.</summary>
    private static double AuthorsAccuracy(ReviewTable t, int s, double current, double[] accuracy, int[] count)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var r in t.AuthorReviewers[s])
        {
            if (count[r] > 0)
            {
                sum += accuracy[r];
                n++;
            }
        }

        return n > 0 ? sum / n : current;
    }

    /// <summary>Each submission's overall grade on 0–1 from the current per-criterion estimates.</summary>
    private static double[] OverallGrades(ReviewTable t, MethodFit fit)
    {
        var grades = new double[t.SubmissionCount];
        var points = new double[t.Criteria];
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            for (var c = 0; c < t.Criteria; c++)
            {
                var v = fit.Value[c][s];
                points[c] = double.IsNaN(v) ? double.NaN : t.Low[c] + (Math.Clamp(v, 0, 1) * t.Range[c]);
            }

            grades[s] = (t.GradeOf(points, out _) ?? double.NaN) / 100;
        }

        return grades;
    }
}
