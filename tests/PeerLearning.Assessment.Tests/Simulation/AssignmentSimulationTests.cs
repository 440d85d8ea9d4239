using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Simulation;

namespace PeerLearning.Assessment.Tests.Simulation;

public sealed class AssignmentSimulationTests
{
    private static (List<Submission> Submissions, AssignmentResult Assignment) Assigned(int n, int k)
    {
        var submissions = Enumerable.Range(0, n).Select(i => new Submission { Id = $"s{i}", AuthorIds = [$"p{i}"] }).ToList();
        var reviewers = Enumerable.Range(0, n).Select(i => new ReviewerCandidate { Id = $"p{i}", Department = $"d{i % 4}" }).ToList();
        var assignment = new ReviewerAssigner().Assign(new AssignmentRequest { Submissions = submissions, Reviewers = reviewers, ReviewersPerSubmission = k, Seed = 3 });
        return (submissions, assignment);
    }

    [Fact]
    public void Every_simulated_review_comes_from_the_reviewer_assigned_to_that_submission()
    {
        var (submissions, assignment) = Assigned(80, 3);
        var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Seed = 9, CalibrationItems = 4 }, submissions, assignment.Assignments);
        var assigned = assignment.Assignments.Select(a => (a.SubmissionId, a.ReviewerId)).ToHashSet();
        var peer = simulated.Round.Reviews.Where(r => r.Kind == ReviewKind.Peer).ToList();
        Assert.All(peer, r => Assert.Contains((r.SubmissionId, r.ReviewerId), assigned));
        Assert.Equal(peer.Count, peer.Select(r => (r.SubmissionId, r.ReviewerId)).Distinct().Count());

        // About 10% go missing (the default rate); nothing else does.
        Assert.InRange(peer.Count, 0.8 * assigned.Count, 0.98 * assigned.Count);
        Assert.Equal(4, simulated.Round.Reviews.Count(r => r.Kind == ReviewKind.Expert));
        Assert.Equal(submissions.Select(s => s.Id), simulated.Round.Submissions.Select(s => s.Id));
        Assert.All(submissions, s => Assert.True(simulated.TrueGrades.ContainsKey(s.Id)));
        Assert.Equal(assigned.Select(a => a.ReviewerId).Distinct().Order(StringComparer.Ordinal), simulated.Reviewers.Select(r => r.ReviewerId).Order(StringComparer.Ordinal));
        Assert.Empty(simulated.Round.Validate());

        var again = PeerReviewSimulator.Simulate(new SimulationOptions { Seed = 9, CalibrationItems = 4 }, submissions, assignment.Assignments);
        Assert.Equal(simulated.Round.Reviews.Select(r => (r.Id, r.Scores["c1"])), again.Round.Reviews.Select(r => (r.Id, r.Scores["c1"])));
    }

    [Fact]
    public void An_assignment_to_an_unknown_submission_is_reported_by_name()
    {
        var (submissions, assignment) = Assigned(10, 2);
        var ex = Assert.Throws<PeerLearningValidationException>(() => PeerReviewSimulator.Simulate(new SimulationOptions(), submissions, [.. assignment.Assignments, new ReviewAssignment("ghost", "p1")]));
        Assert.Contains(ex.Problems, p => p.ItemId == "ghost" && p.Field.EndsWith(".submissionId", StringComparison.Ordinal));
    }
}
