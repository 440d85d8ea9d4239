using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Quality;

/// <summary>Grades reviewers against the consensus a method produced: bias, noise, grades for reviewing, flat raters, helpfulness.</summary>
public static class ReviewerQualityAnalyzer
{
    /// <summary>Analyses every peer reviewer of a round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="consensus">Grades from an aggregation method (the consensus).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <returns>One entry per peer reviewer, ordered by reviewer id.</returns>
    public static IReadOnlyList<ReviewerQuality> Analyze(PeerAssessment round, AggregationResult consensus, ReviewerQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(consensus);
        options ??= new ReviewerQualityOptions();
        var table = ReviewTable.Build(round);
        var consensusGrade = consensus.Grades.ToDictionary(g => g.SubmissionId, g => g.Grade, StringComparer.Ordinal);
        var moodle = MoodleBestEvaluation.GradingGrades(table, options.MoodleComparison);
        var result = new List<ReviewerQuality>(table.ReviewerCount);
        var byReviewer = Enumerable.Range(0, table.PeerReviews.Length).GroupBy(i => table.PeerReviewReviewer[i]).ToDictionary(g => g.Key, g => g.ToArray());
        for (var r = 0; r < table.ReviewerCount; r++)
        {
            var indices = byReviewer.GetValueOrDefault(r) ?? [];
            var pairs = new List<(double Review, double Consensus)>();
            var moodleGrades = new List<double>();
            var helpfulness = new List<double>();
            foreach (var i in indices)
            {
                var review = table.PeerReviews[i];
                if (review.Helpfulness is { } h)
                {
                    helpfulness.Add(h);
                }

                if (!double.IsNaN(moodle[i]))
                {
                    moodleGrades.Add(moodle[i]);
                }

                if (!double.IsNaN(table.PeerReviewGrade[i]) && consensusGrade.GetValueOrDefault(review.SubmissionId) is { } g)
                {
                    pairs.Add((table.PeerReviewGrade[i], g));
                }
            }

            result.Add(Summarize(table.ReviewerIds[r], indices.Length, pairs, moodleGrades, helpfulness, options));
        }

        return result;
    }

    private static ReviewerQuality Summarize(string reviewerId, int reviews, List<(double Review, double Consensus)> pairs, List<double> moodle, List<double> helpfulness, ReviewerQualityOptions options)
    {
        var quality = new ReviewerQuality
        {
            ReviewerId = reviewerId,
            ReviewCount = reviews,
            MoodleBestGrade = moodle.Count > 0 ? moodle.Average() : null,
            Helpfulness = helpfulness.Count > 0 ? helpfulness.Average() : null,
            HelpfulnessRatings = helpfulness.Count,
        };
        if (pairs.Count == 0)
        {
            return quality;
        }

        var diffs = pairs.Select(p => p.Review - p.Consensus).ToArray();
        var bias = diffs.Average();
        var noise = diffs.Length >= 2 ? Math.Sqrt(diffs.Sum(d => (d - bias) * (d - bias)) / (diffs.Length - 1)) : (double?)null;
        var reviewMean = pairs.Average(p => p.Review);
        var consensusMean = pairs.Average(p => p.Consensus);
        var reviewSpread = pairs.Count >= 2 ? Math.Sqrt(pairs.Sum(p => (p.Review - reviewMean) * (p.Review - reviewMean)) / (pairs.Count - 1)) : double.NaN;
        double? correlation = null;
        if (pairs.Count >= 3)
        {
            double sxy = 0, sxx = 0, syy = 0;
            foreach (var (x, y) in pairs)
            {
                sxy += (x - reviewMean) * (y - consensusMean);
                sxx += (x - reviewMean) * (x - reviewMean);
                syy += (y - consensusMean) * (y - consensusMean);
            }

            correlation = sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : null;
        }

        var flat = pairs.Count >= options.FlatRaterMinReviews && reviewSpread < options.FlatRaterMaxSpread;
        var consensusGrade = Math.Max(0, 100 - diffs.Average(Math.Abs));
        var crowd = pairs.Average(p => Math.Max(0, options.CrowdGraderTolerance - Math.Abs(p.Review - p.Consensus)) / options.CrowdGraderTolerance * 100);
        return quality with
        {
            Bias = bias,
            NoiseStandardDeviation = noise,
            Correlation = correlation,
            ConsensusGrade = consensusGrade,
            CrowdGraderGrade = crowd,
            IsFlatRater = flat,
            ReviewingGrade = flat && options.ZeroAccuracyForFlatRaters ? 0 : consensusGrade,
        };
    }
}
