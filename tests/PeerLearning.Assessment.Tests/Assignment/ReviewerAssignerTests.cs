using FsCheck.Xunit;
using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Tests.Assignment;

public sealed class ReviewerAssignerTests
{
    private static AssignmentRequest Instance(int n, int k, int seed, bool affinities)
    {
        var random = new Random(seed);
        var submissions = Enumerable.Range(0, n).Select(i => new Submission { Id = $"s{i}", AuthorIds = [$"p{i}"] }).ToList();
        var reviewers = Enumerable.Range(0, n).Select(i => new ReviewerCandidate { Id = $"p{i}", Department = $"d{i % 3}" }).ToList();
        var affinity = new List<ReviewAffinity>();
        if (affinities)
        {
            for (var s = 0; s < n; s++)
            {
                for (var r = 0; r < n; r++)
                {
                    if (r != s)
                    {
                        affinity.Add(new ReviewAffinity($"p{r}", $"s{s}", Math.Round(random.NextDouble(), 3)));
                    }
                }
            }
        }

        return new AssignmentRequest { Submissions = submissions, Reviewers = reviewers, ReviewersPerSubmission = k, Affinities = affinity, Seed = seed };
    }

    [Property(MaxTest = 15)]
    public bool Optimal_affinity_matches_brute_force_on_random_instances(int seed)
    {
        var request = Instance(5, 2, seed, affinities: true);
        var result = new ReviewerAssigner().Assign(request);
        var score = request.Affinities.ToDictionary(a => (a.SubmissionId, a.ReviewerId), a => a.Score);

        // Brute force: every choice of 2 of the 4 eligible reviewers per submission, with every load exactly 2.
        var best = double.NegativeInfinity;
        var choices = Enumerable.Range(0, 5).Select(s => Pairs(Enumerable.Range(0, 5).Where(r => r != s).ToArray()).ToArray()).ToArray();
        void Search(int s, int[] load, double total)
        {
            if (s == 5)
            {
                best = Math.Max(best, total);
                return;
            }

            foreach (var (a, b) in choices[s])
            {
                if (load[a] >= 2 || load[b] >= 2)
                {
                    continue;
                }

                load[a]++;
                load[b]++;
                Search(s + 1, load, total + score[($"s{s}", $"p{a}")] + score[($"s{s}", $"p{b}")]);
                load[a]--;
                load[b]--;
            }
        }

        Search(0, new int[5], 0);
        return result.Shortfalls.Count == 0 && result.MinLoad == 2 && result.MaxLoad == 2 && Math.Abs(result.TotalAffinity - best) < 1e-9;
    }

    private static IEnumerable<(int, int)> Pairs(int[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i + 1; j < items.Length; j++)
            {
                yield return (items[i], items[j]);
            }
        }
    }

    [Fact]
    public void No_self_review_no_own_group_no_conflicts_and_load_within_one()
    {
        var submissions = Enumerable.Range(0, 30).Select(i => new Submission { Id = $"s{i}", AuthorIds = [$"p{i}", $"p{(i + 1) % 30}"], GroupId = $"g{i % 5}" }).ToList();
        var reviewers = Enumerable.Range(0, 30).Select(i => new ReviewerCandidate { Id = $"p{i}", GroupIds = [$"g{i % 5}"] }).ToList();
        var conflicts = new[] { new ReviewConflict("p7", "s3"), new ReviewConflict("p8", "s3") };
        var request = new AssignmentRequest { Submissions = submissions, Reviewers = reviewers, ReviewersPerSubmission = 4, Conflicts = conflicts, Seed = 3 };
        var result = new ReviewerAssigner().Assign(request);
        Assert.Empty(result.Shortfalls);
        Assert.Equal(120, result.Assignments.Count);
        Assert.InRange(result.MaxLoad - result.MinLoad, 0, 1);
        var bySub = submissions.ToDictionary(s => s.Id);
        var groupOf = reviewers.ToDictionary(r => r.Id, r => r.GroupIds[0]);
        foreach (var a in result.Assignments)
        {
            Assert.DoesNotContain(a.ReviewerId, bySub[a.SubmissionId].AuthorIds);
            Assert.NotEqual(bySub[a.SubmissionId].GroupId, groupOf[a.ReviewerId]);
            Assert.DoesNotContain(conflicts, c => c.ReviewerId == a.ReviewerId && c.SubmissionId == a.SubmissionId);
        }

        Assert.Equal(result.Assignments.Count, result.Assignments.Distinct().Count());
    }

    [Fact]
    public void Same_seed_gives_the_same_assignment_and_another_seed_may_differ()
    {
        var request = Instance(40, 3, 1, affinities: false);
        var first = new ReviewerAssigner().Assign(request);
        var second = new ReviewerAssigner().Assign(request);
        var other = new ReviewerAssigner().Assign(request with { Seed = 99 });
        Assert.Equal(first.Assignments, second.Assignments);
        Assert.NotEqual(first.Assignments, other.Assignments);
    }

    [Fact]
    public void Impossible_k_names_the_submissions()
    {
        var submissions = new[] { new Submission { Id = "a", AuthorIds = ["p0"] }, new Submission { Id = "b", AuthorIds = ["p1"] } };
        var reviewers = new[] { new ReviewerCandidate { Id = "p0" }, new ReviewerCandidate { Id = "p1" }, new ReviewerCandidate { Id = "p2" } };
        var request = new AssignmentRequest { Submissions = submissions, Reviewers = reviewers, ReviewersPerSubmission = 2, Conflicts = [new ReviewConflict("p2", "b")] };
        var result = new ReviewerAssigner().Assign(request);
        var shortfall = Assert.Single(result.Shortfalls);
        Assert.Equal("b", shortfall.SubmissionId);
        Assert.Equal(1, shortfall.Assigned);
        Assert.Contains("only 1 eligible", shortfall.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Department_spread_puts_reviewers_of_a_submission_in_different_departments()
    {
        var request = Instance(30, 3, 5, affinities: false);
        request = request with
        {
            SpreadAcrossDepartments = true,
            Reviewers = request.Reviewers.Select((r, i) => r with { Department = $"d{i % 5}" }).ToList(),
        };
        var result = new ReviewerAssigner().Assign(request);
        var department = request.Reviewers.ToDictionary(r => r.Id, r => r.Department);
        foreach (var group in result.Assignments.GroupBy(a => a.SubmissionId))
        {
            var author = request.Submissions.Single(s => s.Id == group.Key).AuthorIds[0];
            var departments = group.Select(a => department[a.ReviewerId]).ToList();
            Assert.Equal(3, departments.Distinct().Count());
            Assert.DoesNotContain(department[author], departments);
        }
    }

    [Fact]
    public void Invalid_request_reports_every_problem()
    {
        var request = new AssignmentRequest
        {
            Submissions = [new Submission { Id = "a" }, new Submission { Id = "a" }],
            Reviewers = [new ReviewerCandidate { Id = "p" }],
            ReviewersPerSubmission = 0,
            Conflicts = [new ReviewConflict("ghost", "a")],
            Affinities = [new ReviewAffinity("p", "a", 2)],
        };
        var ex = Assert.Throws<PeerLearningValidationException>(() => new ReviewerAssigner().Assign(request));
        Assert.Contains(ex.Problems, p => p.Field == "reviewersPerSubmission");
        Assert.Contains(ex.Problems, p => p.ItemId == "a" && p.Field == "id");
        Assert.Contains(ex.Problems, p => p.Field == "reviewerId" && p.Message.Contains("ghost", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Field == "score");
    }
}
