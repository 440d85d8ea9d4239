using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Feedback360;

/// <summary>Compares self-assessments with the peer consensus per criterion: over- and under-estimation, blind spots, hidden strengths.</summary>
public static class SelfPeerComparison
{
    /// <summary>Compares every self-assessment in the round with the consensus.</summary>
    /// <param name="round">The round (self-assessments are reviews of kind <see cref="ReviewKind.Self"/>).</param>
    /// <param name="consensus">The peer consensus from an aggregation method.</param>
    /// <param name="threshold">The gap (percent of range) from which a criterion is a blind spot or hidden strength. Default 15.</param>
    /// <returns>One entry per self-assessed criterion that has a consensus.</returns>
    public static IReadOnlyList<SelfPeerGap> Compare(PeerAssessment round, AggregationResult consensus, double threshold = 15)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(consensus);
        var grades = consensus.Grades.ToDictionary(g => g.SubmissionId, StringComparer.Ordinal);
        var gaps = new List<SelfPeerGap>();
        foreach (var review in round.Reviews.Where(r => r.Kind == ReviewKind.Self).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (!grades.TryGetValue(review.SubmissionId, out var grade))
            {
                continue;
            }

            foreach (var criterion in round.Rubric.Criteria)
            {
                var peer = grade.Criteria.FirstOrDefault(c => c.CriterionId == criterion.Id)?.Points;
                if (peer is null || !review.Scores.TryGetValue(criterion.Id, out var self))
                {
                    continue;
                }

                var range = Math.Max(criterion.HighestPoints - criterion.LowestPoints, 1e-12);
                var gap = (self - peer.Value) / range * 100;
                var kind = gap >= threshold ? SelfPeerGapKind.BlindSpot : gap <= -threshold ? SelfPeerGapKind.HiddenStrength : SelfPeerGapKind.Aligned;
                gaps.Add(new SelfPeerGap(review.ReviewerId, review.SubmissionId, criterion.Id, self, peer.Value, gap, kind));
            }
        }

        return gaps;
    }
}
