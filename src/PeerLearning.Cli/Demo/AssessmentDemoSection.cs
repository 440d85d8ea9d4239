using System.Globalization;
using Microsoft.Extensions.Options;
using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Engine;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Assessment.Simulation;
using PeerLearning.Cli.Commands;
using PeerLearning.Events;

namespace PeerLearning.Cli.Demo;

/// <summary>A peer-review round: reviewers assigned by min-cost flow, reviews graded by every method, reviewers graded, grades released.</summary>
internal sealed class AssessmentDemoSection : IDemoSection
{
    public string Title => "Peer assessment";

    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var output = context.Output;
        var reviewers = context.People.Where(p => p.HasRole(ProgramRole.Reviewer)).ToList();
        if (reviewers.Count < 4)
        {
            reviewers = [.. context.People];
        }

        var request = new AssignmentRequest
        {
            Submissions = reviewers.Select(p => new Submission { Id = "sub-" + p.Id, AuthorIds = [p.Id], GroupId = p.Team }).ToList(),
            Reviewers = reviewers.Select(p => new ReviewerCandidate { Id = p.Id, Department = p.Department, GroupIds = p.Team is { } t ? [t] : [] }).ToList(),
            ReviewersPerSubmission = 3,
            SpreadAcrossDepartments = true,
            Seed = context.Seed,
        };
        var assignment = new ReviewerAssigner().Assign(request);
        output.WriteLine(Invariant($"assignment of {reviewers.Count} reviewers (no self-review, no teammate, across departments): {AssessmentCommands.Summary(assignment, 3)}"));

        // The reviews themselves are simulated (harsh, lenient, random and flat reviewers, missing reviews) so the truth is known.
        var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Submissions = Math.Max(reviewers.Count, 30), ReviewsPerSubmission = 3, CalibrationItems = 5, Seed = context.Seed });
        output.WriteLine(Invariant($"simulated round: {simulated.Round.Submissions.Count} submissions, {simulated.Round.Reviews.Count} reviews, 5 calibration items (harsh, lenient, random and flat reviewers, missing reviews)"));
        output.WriteLine("error against the true grades over this round and two more drawn alike (fixed settings, nothing tuned):");
        output.WriteLine("  method                  RMSE    MAE   ±5    ±10");
        var methods = GradeAggregators.BuiltIn.Where(m => m.Name != AggregationMethods.Pg1Gibbs).ToList();
        var options = new SimulationOptions { Submissions = simulated.Round.Submissions.Count, ReviewsPerSubmission = 3, CalibrationItems = 5, Seed = context.Seed };
        foreach (var e in AggregationEvaluation.Evaluate(methods, options, rounds: 3))
        {
            output.WriteLine(Invariant($"  {e.Method,-22} {e.Rmse,5:F2} {e.Mae,6:F2} {e.WithinFive,5:P0} {e.WithinTen,5:P0}"));
        }

        var engine = new PeerAssessmentEngine(context.Events, context.Time, Options.Create(new AssessmentOptions()));
        var round = simulated.Round with { Id = "peer-review-round-1" };
        await engine.RecordReviewsAsync(round, round.Reviews, cancellationToken).ConfigureAwait(false);
        var before = context.Events.Events.Count;
        var outcome = await engine.AssessAndReleaseAsync(round, AggregationMethods.Pg1, "peer-review-round-1", cancellationToken).ConfigureAwait(false);
        output.WriteLine(AssessmentCommands.Summary(outcome));
        var released = context.Events.Events.Skip(before).ToList();
        output.WriteLine(Invariant($"released: {released.OfType<GradeReleased>().Count()} GradeReleased, {released.OfType<ReviewerGraded>().Count()} ReviewerGraded events ({round.Reviews.Count} ReviewSubmitted before)"));
        var worst = outcome.ReviewerQuality.Where(q => q.Bias is not null).OrderBy(q => q.Bias).First();
        var truth = simulated.Reviewers.First(r => r.ReviewerId == worst.ReviewerId);
        output.WriteLine(Invariant($"harshest reviewer {worst.ReviewerId}: bias {worst.Bias:F1} points, reviewing grade {worst.ReviewingGrade:F0} (simulated as {truth.Behavior})"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
