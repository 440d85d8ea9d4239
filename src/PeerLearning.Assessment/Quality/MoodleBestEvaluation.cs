using PeerLearning.Assessment.Aggregation;

namespace PeerLearning.Assessment.Quality;

/// <summary>
/// Moodle Workshop's "comparison with the best assessment": per submission, criterion grades are normalised to
/// 0–100; the assessment nearest the weighted average assessment is the best; every assessment's grading grade is
/// 100 minus its distance to the nearest best one, where the distance per criterion is |Δ| · Δ² / (comparison · variance),
/// averaged over criteria with variance above 0.01 and a difference.
/// </summary>
internal static class MoodleBestEvaluation
{
    /// <summary>The grading grade (0–100) of each peer review of the table, NaN when it has no scored criteria.</summary>
    public static double[] GradingGrades(ReviewTable t, double comparison)
    {
        var grades = new double[t.PeerReviews.Length];
        Array.Fill(grades, double.NaN);
        var k = t.Criteria;
        var start = 0;
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            var n = t.PeerReviewsPerSubmission[s];
            if (n > 0)
            {
                Evaluate(t, start, n, k, comparison, grades);
            }

            start += n;
        }

        return grades;
    }

    private static void Evaluate(ReviewTable t, int start, int n, int k, double comparison, double[] grades)
    {
        // Normalised dimension grades of this submission's assessments (NaN when a criterion was left out).
        var values = new double[n, k];
        for (var a = 0; a < n; a++)
        {
            var review = t.PeerReviews[start + a];
            for (var c = 0; c < k; c++)
            {
                values[a, c] = review.Scores.TryGetValue(t.Rubric.Criteria[c].Id, out var p) ? (p - t.Low[c]) / t.Range[c] * 100 : double.NaN;
            }
        }

        var weights = Enumerable.Range(0, n).Select(a => t.PeerReviews[start + a].Weight).ToArray();
        var average = new double[k];
        var variance = new double[k];
        for (var c = 0; c < k; c++)
        {
            double sw = 0, swx = 0;
            for (var a = 0; a < n; a++)
            {
                if (!double.IsNaN(values[a, c]))
                {
                    sw += weights[a];
                    swx += weights[a] * values[a, c];
                }
            }

            average[c] = sw > 0 ? swx / sw : double.NaN;
            double ss = 0;
            for (var a = 0; a < n; a++)
            {
                if (!double.IsNaN(values[a, c]) && sw > 0)
                {
                    ss += weights[a] * (values[a, c] - average[c]) * (values[a, c] - average[c]);
                }
            }

            // Population variance, weighted, as Moodle computes it.
            variance[c] = sw > 0 ? ss / sw : double.NaN;
        }

        var toAverage = new double[n];
        for (var a = 0; a < n; a++)
        {
            toAverage[a] = Distance(values, a, average, variance, t, comparison, k);
        }

        var known = toAverage.Where(d => !double.IsNaN(d)).ToArray();
        var bestDistance = known.Length > 0 ? known.Min() : double.NaN;
        var best = Enumerable.Range(0, n).Where(a => toAverage[a] == bestDistance).ToArray();
        for (var a = 0; a < n; a++)
        {
            if (Enumerable.Range(0, k).All(c => double.IsNaN(values[a, c])))
            {
                continue;
            }

            var nearest = double.NaN;
            foreach (var b in best)
            {
                var reference = Enumerable.Range(0, k).Select(c => values[b, c]).ToArray();
                var d = Distance(values, a, reference, variance, t, comparison, k);
                if (!double.IsNaN(d) && (double.IsNaN(nearest) || d < nearest))
                {
                    nearest = d;
                }
            }

            // Moodle: a distance that cannot be measured (no spread) counts as 0, so the grade is 100.
            grades[start + a] = Math.Clamp(100 - (double.IsNaN(nearest) ? 0 : nearest), 0, 100);
        }
    }

    private static double Distance(double[,] values, int a, double[] reference, double[] variance, ReviewTable t, double comparison, int k)
    {
        double distance = 0, weight = 0;
        for (var c = 0; c < k; c++)
        {
            var x = values[a, c];
            var r = reference[c];
            if (double.IsNaN(x) || double.IsNaN(r) || double.IsNaN(variance[c]))
            {
                continue;
            }

            if (variance[c] > 0.01 && x != r)
            {
                var delta = Math.Abs(x - r);
                distance += delta * (delta * delta / (comparison * variance[c])) * t.Rubric.Criteria[c].Weight;
                weight += t.Rubric.Criteria[c].Weight;
            }
        }

        return weight > 0 ? distance / weight : double.NaN;
    }
}
