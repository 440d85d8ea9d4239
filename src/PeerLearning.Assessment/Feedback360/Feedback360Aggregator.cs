namespace PeerLearning.Assessment.Feedback360;

/// <summary>
/// Aggregates 360 feedback per rater group with an anonymity threshold: a group with fewer than N raters is never
/// shown alone. Small groups are merged together; if the merge is still below N, they are withheld (they still count
/// in "all others" when that reaches N). Self-ratings are always shown: they are not anonymous.
/// </summary>
public static class Feedback360Aggregator
{
    /// <summary>Builds one report per subject, ordered by subject id.</summary>
    /// <param name="ratings">The ratings.</param>
    /// <param name="anonymityThreshold">N, the fewest raters a shown group may have (at least 2). Default 3.</param>
    /// <returns>The reports.</returns>
    public static IReadOnlyList<Feedback360Report> Aggregate(IReadOnlyList<Rating360> ratings, int anonymityThreshold = 3)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentOutOfRangeException.ThrowIfLessThan(anonymityThreshold, 2);
        var reports = new List<Feedback360Report>();
        foreach (var subject in ratings.GroupBy(r => r.SubjectId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shown = new List<GroupFeedback>();
            var small = new List<Rating360>();
            var smallGroups = new List<RaterGroup>();
            foreach (var group in subject.GroupBy(r => r.Group).OrderBy(g => g.Key))
            {
                var raters = group.Select(r => r.RaterId).Distinct(StringComparer.Ordinal).Count();
                if (group.Key == RaterGroup.Self || raters >= anonymityThreshold)
                {
                    shown.Add(Summarize(group.Key.ToString(), [group.Key], group.ToList()));
                }
                else
                {
                    small.AddRange(group);
                    smallGroups.Add(group.Key);
                }
            }

            var withheld = new List<RaterGroup>();
            if (small.Count > 0)
            {
                var raters = small.Select(r => r.RaterId).Distinct(StringComparer.Ordinal).Count();
                if (raters >= anonymityThreshold && smallGroups.Count > 1)
                {
                    shown.Add(Summarize($"Others (merged: {string.Join(", ", smallGroups)})", smallGroups, small));
                }
                else
                {
                    withheld.AddRange(smallGroups);
                }
            }

            var others = subject.Where(r => r.Group != RaterGroup.Self).ToList();
            var allOthers = others.Select(r => r.RaterId).Distinct(StringComparer.Ordinal).Count() >= anonymityThreshold
                ? Summarize("All raters except self", others.Select(r => r.Group).Distinct().Order().ToList(), others)
                : null;
            reports.Add(new Feedback360Report(subject.Key, shown, allOthers, withheld));
        }

        return reports;
    }

    private static GroupFeedback Summarize(string label, IReadOnlyList<RaterGroup> groups, List<Rating360> ratings)
    {
        var means = ratings
            .SelectMany(r => r.Scores)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(kv => kv.Value), StringComparer.Ordinal);
        return new GroupFeedback(label, groups, ratings.Select(r => r.RaterId).Distinct(StringComparer.Ordinal).Count(), means);
    }
}
