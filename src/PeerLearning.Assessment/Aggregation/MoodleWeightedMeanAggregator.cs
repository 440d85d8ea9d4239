namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// Moodle Workshop's grade for submission: the mean of all assessments (peer and teacher) weighted by each
/// assessment's weight; a teacher's override (<see cref="Reviews.Submission.GradeOverride"/>) replaces it.
/// </summary>
internal sealed class MoodleWeightedMeanAggregator : PerCriterionAggregator
{
    public override string Name => AggregationMethods.Moodle;

    protected override bool WeighsExperts => true;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var fit = MethodFit.Empty(t);
        for (var c = 0; c < t.Criteria; c++)
        {
            var col = t.Columns[c];
            var pooled = Estimators.PooledVariance(col);
            var experts = t.ExpertObservations[c].ToLookup(o => o.Submission);
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                double sw = 0, swx = 0, sw2 = 0;
                var values = new List<double>();
                for (var i = col.SubStart[s]; i < col.SubStart[s + 1]; i++)
                {
                    var w = t.PeerReviews[col.Review[i]].Weight;
                    sw += w;
                    swx += w * col.Value[i];
                    sw2 += w * w;
                    values.Add(col.Value[i]);
                }

                foreach (var (_, value, w) in experts[s])
                {
                    sw += w;
                    swx += w * value;
                    sw2 += w * w;
                    values.Add(value);
                }

                if (sw <= 0)
                {
                    continue;
                }

                var mean = swx / sw;
                var ss = values.Sum(v => (v - mean) * (v - mean));
                fit.Value[c][s] = mean;
                fit.StandardError[c][s] = Math.Sqrt(Estimators.StabilizedVariance(ss, values.Count, pooled) / (sw * sw / sw2));
            }
        }

        return fit;
    }
}
