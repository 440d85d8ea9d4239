using System.Runtime.InteropServices;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Rubrics;

namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// A round of reviews in array form for the methods: per criterion, the peer scores scaled to 0–1 of the criterion's
/// range, grouped by submission (and, on demand, by reviewer). Reviews are put in a canonical order first, so the
/// result never depends on the order the reviews arrived in.
/// </summary>
internal sealed class ReviewTable
{
    private ReviewTable(PeerAssessment round)
    {
        Round = round;
        Rubric = round.Rubric;
        Submissions = round.Submissions;
        Criteria = Rubric.Criteria.Count;
    }

    public PeerAssessment Round { get; }

    public Rubric Rubric { get; }

    public IReadOnlyList<Submission> Submissions { get; }

    public int Criteria { get; }

    public int SubmissionCount => Submissions.Count;

    public int ReviewerCount => ReviewerIds.Length;

    public string[] ReviewerIds { get; private set; } = [];

    /// <summary>Peer reviews in canonical order (by submission, then reviewer id, then review id).</summary>
    public Review[] PeerReviews { get; private set; } = [];

    public int[] PeerReviewSubmission { get; private set; } = [];

    public int[] PeerReviewReviewer { get; private set; } = [];

    /// <summary>Each peer review's own grade (0–100), NaN when it has none.</summary>
    public double[] PeerReviewGrade { get; private set; } = [];

    public int[] PeerReviewsPerSubmission { get; private set; } = [];

    /// <summary>Peer reviews by submission: those of submission s are PeerReviewStart[s] .. PeerReviewStart[s+1]-1 (canonical order).</summary>
    public int[] PeerReviewStart { get; private set; } = [];

    /// <summary>Each peer review's scores scaled to 0–1, review-major (review * Criteria + criterion); NaN where a criterion was not scored.</summary>
    public double[] PeerScaled { get; private set; } = [];

    public int[] LateReviewsPerSubmission { get; private set; } = [];

    public int[] ReviewsPerReviewer { get; private set; } = [];

    public double[] Low { get; private set; } = [];

    public double[] Range { get; private set; } = [];

    public Column[] Columns { get; private set; } = [];

    /// <summary>Per criterion and submission, the mean scaled expert score (NaN when no expert scored it).</summary>
    public double[][] ExpertMean { get; private set; } = [];

    /// <summary>Per criterion, expert observations (submission, scaled value, weight) for the Moodle method.</summary>
    public List<(int Submission, double Value, double Weight)>[] ExpertObservations { get; private set; } = [];

    /// <summary>For each reviewer, the submissions they authored.</summary>
    public int[][] AuthoredBy { get; private set; } = [];

    /// <summary>For each submission, its authors who are reviewers (reviewer indices).</summary>
    public int[][] AuthorReviewers { get; private set; } = [];

    private string[] _criterionIds = [];
    private double[]? _fullSlopes;
    private double _fullOffset;

    public static ReviewTable Build(PeerAssessment round)
    {
        var t = new ReviewTable(round);
        t.Fill();
        return t;
    }

    private void Fill()
    {
        var subIndex = new Dictionary<string, int>(SubmissionCount, StringComparer.Ordinal);
        for (var s = 0; s < SubmissionCount; s++)
        {
            subIndex[Submissions[s].Id] = s;
        }

        _criterionIds = [.. Rubric.Criteria.Select(c => c.Id)];
        Low = new double[Criteria];
        Range = new double[Criteria];
        for (var c = 0; c < Criteria; c++)
        {
            Low[c] = Rubric.Criteria[c].LowestPoints;
            Range[c] = Math.Max(Rubric.Criteria[c].HighestPoints - Low[c], 1e-12);
        }

        var unsorted = Round.Reviews.Where(r => r.Kind == ReviewKind.Peer).ToArray();
        var subOf = new int[unsorted.Length];
        for (var i = 0; i < unsorted.Length; i++)
        {
            subOf[i] = subIndex[unsorted[i].SubmissionId];
        }

        // Counting sort by submission, then by reviewer id and review id inside each (small) submission group.
        var start = new int[SubmissionCount + 1];
        foreach (var s in subOf)
        {
            start[s + 1]++;
        }

        for (var s = 0; s < SubmissionCount; s++)
        {
            start[s + 1] += start[s];
        }

        var fill = (int[])start.Clone();
        var order = new int[unsorted.Length];
        for (var i = 0; i < unsorted.Length; i++)
        {
            order[fill[subOf[i]]++] = i;
        }

        for (var s = 0; s < SubmissionCount; s++)
        {
            for (var i = start[s] + 1; i < start[s + 1]; i++)
            {
                var item = order[i];
                var j = i - 1;
                while (j >= start[s] && Compare(unsorted[order[j]], unsorted[item]) > 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = item;
            }
        }

        var peers = new Review[unsorted.Length];
        var peerSub = new int[unsorted.Length];
        for (var i = 0; i < order.Length; i++)
        {
            peers[i] = unsorted[order[i]];
            peerSub[i] = subOf[order[i]];
        }

        PeerReviews = peers;
        // Reviewers are numbered in order of their first review in the canonical order.
        var revIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var reviewerIds = new List<string>();
        var n = peers.Length;
        PeerReviewReviewer = new int[n];
        for (var i = 0; i < n; i++)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(revIndex, peers[i].ReviewerId, out var exists);
            if (!exists)
            {
                index = reviewerIds.Count;
                reviewerIds.Add(peers[i].ReviewerId);
            }

            PeerReviewReviewer[i] = index;
        }

        ReviewerIds = [.. reviewerIds];

        PeerReviewSubmission = new int[n];
        PeerReviewGrade = new double[n];
        PeerReviewsPerSubmission = new int[SubmissionCount];
        LateReviewsPerSubmission = new int[SubmissionCount];
        ReviewsPerReviewer = new int[ReviewerIds.Length];
        var counts = new int[Criteria];
        var vector = new double[Criteria];
        var full = new double[Criteria];
        for (var c = 0; c < Criteria; c++)
        {
            full[c] = Low[c];
        }

        // The grade is linear in the points for most modes: precompute it for reviews that score every criterion.
        var fullSlopes = Rubric.Slopes(full);
        var fullOffset = fullSlopes is null ? 0 : (Rubric.Score(full) ?? 0) - full.Select((x, c) => x * fullSlopes[c]).Sum();
        _fullSlopes = fullSlopes;
        _fullOffset = fullOffset;
        var scaled = new double[n * Criteria];
        for (var i = 0; i < n; i++)
        {
            var review = peers[i];
            var s = peerSub[i];
            var r = PeerReviewReviewer[i];
            PeerReviewSubmission[i] = s;
            PeerReviewsPerSubmission[s]++;
            ReviewsPerReviewer[r]++;
            if (Round.ReviewDeadline is { } deadline && review.SubmittedAt is { } at && at > deadline)
            {
                LateReviewsPerSubmission[s]++;
            }

            Vector(review, vector);
            PeerReviewGrade[i] = Grade(vector, fullSlopes, fullOffset);
            for (var c = 0; c < Criteria; c++)
            {
                scaled[(i * Criteria) + c] = double.IsNaN(vector[c]) ? double.NaN : (vector[c] - Low[c]) / Range[c];
                if (!double.IsNaN(vector[c]))
                {
                    counts[c]++;
                }
            }
        }

        PeerScaled = scaled;
        PeerReviewStart = start;
        Columns = new Column[Criteria];
        for (var c = 0; c < Criteria; c++)
        {
            var col = new Column(counts[c], SubmissionCount);
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                var v = scaled[(i * Criteria) + c];
                if (double.IsNaN(v))
                {
                    continue;
                }

                col.Sub[k] = PeerReviewSubmission[i];
                col.Rev[k] = PeerReviewReviewer[i];
                col.Value[k] = v;
                col.Review[k] = i;
                col.SubStart[PeerReviewSubmission[i] + 1]++;
                k++;
            }

            for (var s = 0; s < SubmissionCount; s++)
            {
                col.SubStart[s + 1] += col.SubStart[s];
            }

            Columns[c] = col;
        }

        ExpertMean = new double[Criteria][];
        ExpertObservations = new List<(int, double, double)>[Criteria];
        var expertSum = new double[Criteria][];
        var expertCount = new int[Criteria][];
        for (var c = 0; c < Criteria; c++)
        {
            ExpertMean[c] = new double[SubmissionCount];
            expertSum[c] = new double[SubmissionCount];
            expertCount[c] = new int[SubmissionCount];
            ExpertObservations[c] = [];
        }

        foreach (var review in Round.Reviews.Where(r => r.Kind == ReviewKind.Expert).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var s = subIndex[review.SubmissionId];
            Vector(review, vector);
            for (var c = 0; c < Criteria; c++)
            {
                if (!double.IsNaN(vector[c]))
                {
                    var v = (vector[c] - Low[c]) / Range[c];
                    expertSum[c][s] += v;
                    expertCount[c][s]++;
                    ExpertObservations[c].Add((s, v, review.Weight));
                }
            }
        }

        for (var c = 0; c < Criteria; c++)
        {
            for (var s = 0; s < SubmissionCount; s++)
            {
                ExpertMean[c][s] = expertCount[c][s] > 0 ? expertSum[c][s] / expertCount[c][s] : double.NaN;
            }
        }

        // Counted first, then filled: one array per reviewer, no lists.
        var authoredCount = new int[ReviewerIds.Length];
        var authorOf = new List<(int Submission, int Reviewer)>(SubmissionCount);
        for (var s = 0; s < SubmissionCount; s++)
        {
            foreach (var author in Submissions[s].AuthorIds)
            {
                if (revIndex.TryGetValue(author, out var r))
                {
                    authoredCount[r]++;
                    authorOf.Add((s, r));
                }
            }
        }

        var authored = new int[ReviewerIds.Length][];
        for (var r = 0; r < authored.Length; r++)
        {
            authored[r] = authoredCount[r] == 0 ? [] : new int[authoredCount[r]];
            authoredCount[r] = 0;
        }

        var authorReviewers = new int[SubmissionCount][];
        var next = 0;
        for (var s = 0; s < SubmissionCount; s++)
        {
            var from = next;
            while (next < authorOf.Count && authorOf[next].Submission == s)
            {
                next++;
            }

            authorReviewers[s] = next == from ? [] : new int[next - from];
            for (var i = from; i < next; i++)
            {
                authorReviewers[s][i - from] = authorOf[i].Reviewer;
            }
        }

        foreach (var (s, r) in authorOf)
        {
            authored[r][authoredCount[r]++] = s;
        }

        AuthoredBy = authored;
        AuthorReviewers = authorReviewers;
    }

    /// <summary>
    /// The grade (0–100) of points in criterion order (NaN marks a missing criterion) and, for the linear modes, the
    /// slopes that carry standard errors to the grade. Points for every criterion take a precomputed path.
    /// </summary>
    public double? GradeOf(double[] points, out double[]? slopes)
    {
        if (_fullSlopes is not null && !Array.Exists(points, double.IsNaN))
        {
            slopes = _fullSlopes;
            return Grade(points, _fullSlopes, _fullOffset);
        }

        slopes = Rubric.Slopes(points);
        return Rubric.Score(points);
    }

    private static int Compare(Review a, Review b)
    {
        var byReviewer = string.CompareOrdinal(a.ReviewerId, b.ReviewerId);
        return byReviewer != 0 ? byReviewer : string.CompareOrdinal(a.Id, b.Id);
    }

    private double Grade(double[] vector, double[]? slopes, double offset)
    {
        if (slopes is null || Array.Exists(vector, double.IsNaN))
        {
            return Rubric.Score(vector) ?? double.NaN;
        }

        var grade = offset;
        for (var c = 0; c < vector.Length; c++)
        {
            grade += slopes[c] * vector[c];
        }

        return Math.Clamp(grade, 0, 100);
    }

    private void Vector(Review review, double[] vector)
    {
        Array.Fill(vector, double.NaN);
        if (review.Scores is Dictionary<string, double> scores)
        {
            // The usual case: enumerate without boxing the enumerator.
            foreach (var (id, points) in scores)
            {
                var c = CriterionIndex(id);
                if (c >= 0)
                {
                    vector[c] = points;
                }
            }

            return;
        }

        foreach (var (id, points) in review.Scores)
        {
            var c = CriterionIndex(id);
            if (c >= 0)
            {
                vector[c] = points;
            }
        }
    }

    /// <summary>The index of a criterion id; the same string instance as the rubric's (the usual case) is found without comparing text.</summary>
    private int CriterionIndex(string id)
    {
        var ids = _criterionIds;
        for (var c = 0; c < ids.Length; c++)
        {
            if (ReferenceEquals(ids[c], id))
            {
                return c;
            }
        }

        for (var c = 0; c < ids.Length; c++)
        {
            if (string.Equals(ids[c], id, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The peer scores of one criterion, grouped by submission.</summary>
    internal sealed class Column
    {
        private int[]? _byReviewerStart;
        private int[]? _byReviewer;

        public Column(int count, int submissions)
        {
            Sub = new int[count];
            Rev = new int[count];
            Value = new double[count];
            Review = new int[count];
            SubStart = new int[submissions + 1];
        }

        public int Count => Value.Length;

        public int[] Sub { get; }

        public int[] Rev { get; }

        public double[] Value { get; }

        public int[] Review { get; }

        /// <summary>Observations of submission s are SubStart[s] .. SubStart[s+1]-1.</summary>
        public int[] SubStart { get; }

        /// <summary>Observation indices grouped by reviewer: ByReviewer[ByReviewerStart[r] .. ByReviewerStart[r+1]-1].</summary>
        public (int[] Start, int[] Index) ByReviewer(int reviewers)
        {
            if (_byReviewer is null || _byReviewerStart is null)
            {
                var start = new int[reviewers + 1];
                foreach (var r in Rev)
                {
                    start[r + 1]++;
                }

                for (var r = 0; r < reviewers; r++)
                {
                    start[r + 1] += start[r];
                }

                var fill = (int[])start.Clone();
                var index = new int[Count];
                for (var i = 0; i < Count; i++)
                {
                    index[fill[Rev[i]]++] = i;
                }

                _byReviewerStart = start;
                _byReviewer = index;
            }

            return (_byReviewerStart, _byReviewer);
        }
    }
}
