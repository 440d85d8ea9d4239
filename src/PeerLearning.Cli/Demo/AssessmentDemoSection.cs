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

/// <summary>A peer-review round: reviewers assigned by min-cost flow, the assigned reviews simulated and graded by every method, reviewers graded, grades released.</summary>
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

        // The reviews of that assignment are simulated (harsh, lenient, random and flat reviewers, missing reviews) so the
        // truth is known: each review comes from the reviewer assigned to that submission.
        var calibration = Math.Min(5, request.Submissions.Count);
        SimulatedRound Simulated(int seed) => PeerReviewSimulator.Simulate(new SimulationOptions { CalibrationItems = calibration, Seed = seed }, request.Submissions, assignment.Assignments);
        var simulated = Simulated(context.Seed);
        var peerReviews = simulated.Round.Reviews.Count(r => r.Kind == ReviewKind.Peer);
        output.WriteLine(Invariant($"simulated reviews for this assignment: {peerReviews} of {assignment.Assignments.Count} assigned reviews arrived, each from its assigned reviewer; {calibration} calibration items graded by an expert (harsh, lenient, random and flat reviewers among the {simulated.Reviewers.Count})"));
        output.WriteLine("error against the true grades over this round and two more simulated for the same assignment (fixed settings, nothing tuned):");
        output.WriteLine("  method                  RMSE    MAE   ±5    ±10");
        var methods = GradeAggregators.BuiltIn.Where(m => m.Name != AggregationMethods.Pg1Gibbs).ToList();
        var totals = new (double Squares, double Absolute, double Five, double Ten, int Count)[methods.Count];
        for (var k = 0; k < 3; k++)
        {
            var drawn = k == 0 ? simulated : Simulated(context.Seed + k);
            for (var m = 0; m < methods.Count; m++)
            {
                var e = AggregationEvaluation.Score(methods[m].Aggregate(drawn.Round, AggregationOptions.Default), drawn.TrueGrades);
                if (e.Graded > 0)
                {
                    totals[m] = (totals[m].Squares + (e.Rmse * e.Rmse * e.Graded), totals[m].Absolute + (e.Mae * e.Graded), totals[m].Five + (e.WithinFive * e.Graded), totals[m].Ten + (e.WithinTen * e.Graded), totals[m].Count + e.Graded);
                }
            }
        }

        for (var m = 0; m < methods.Count; m++)
        {
            var (squares, absolute, five, ten, count) = totals[m];
            var n = Math.Max(count, 1);
            output.WriteLine(Invariant($"  {methods[m].Name,-22} {Math.Sqrt(squares / n),5:F2} {absolute / n,6:F2} {five / n,5:P0} {ten / n,5:P0}"));
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
