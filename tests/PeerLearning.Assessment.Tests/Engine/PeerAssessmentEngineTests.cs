using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PeerLearning.Assessment.Engine;
using PeerLearning.Assessment.Simulation;
using PeerLearning.Events;

namespace PeerLearning.Assessment.Tests.Engine;

public sealed class PeerAssessmentEngineTests
{
    private static (ServiceProvider Provider, InMemoryLearningEventSink Sink, FakeTimeProvider Time) Host(Action<AssessmentOptions>? configure = null)
    {
        var sink = new InMemoryLearningEventSink();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<ILearningEventSink>(sink);
        services.AddSingleton<TimeProvider>(time);
        services.AddPeerLearning(b => b.AddAssessment(configure).AddAssessment());
        return (services.BuildServiceProvider(), sink, time);
    }

    [Fact]
    public async Task Release_raises_grade_and_reviewer_events_with_stable_ids()
    {
        var (provider, sink, time) = Host(o => o.DefaultMethod = "reliability-weighted");
        await using var _ = provider;
        var engine = provider.GetRequiredService<PeerAssessmentEngine>();
        var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Submissions = 40, Seed = 3 });
        var round = simulated.Round with { Id = "round-1" };
        await engine.RecordReviewsAsync(round, round.Reviews.Take(3).ToList());
        var outcome = await engine.AssessAndReleaseAsync(round, programId: "prog");
        Assert.Equal("reliability-weighted", outcome.Aggregation.Method);
        var events = sink.Events;
        Assert.Equal(3, events.OfType<ReviewSubmitted>().Count());
        var released = events.OfType<GradeReleased>().ToList();
        Assert.Equal(outcome.Aggregation.Grades.Count(g => g.Grade is not null && !g.NeedsHumanReview), released.Count);
        Assert.All(released, e => Assert.StartsWith("grade-released:round-1:", e.EventId, StringComparison.Ordinal));
        Assert.All(released, e => Assert.Equal(time.GetUtcNow(), e.OccurredAt));
        Assert.All(released, e => Assert.InRange(e.ScaledGrade, 0, 1));
        Assert.Equal(outcome.ReviewerQuality.Count(q => q.ReviewingGrade is not null), events.OfType<ReviewerGraded>().Count());
        Assert.Equal(simulated.Round.Rubric.Criteria.Count, outcome.Reliability.Count);
        Assert.All(outcome.Reliability, r => Assert.InRange(r.KrippendorffAlphaInterval!.Value, -1, 1));
    }

    [Fact]
    public void Unknown_default_method_fails_at_start_up()
    {
        var (provider, _, _) = Host(o => o.DefaultMethod = "nonsense");
        using (provider)
        {
            var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AssessmentOptions>>().Value);
            Assert.Contains("nonsense", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_round_is_rejected_before_anything_is_computed()
    {
        var (provider, sink, _) = Host();
        using (provider)
        {
            var engine = provider.GetRequiredService<PeerAssessmentEngine>();
            var simulated = PeerReviewSimulator.Simulate(new SimulationOptions { Submissions = 10, ReviewsPerSubmission = 2, Seed = 3 });
            var bad = simulated.Round with { Reviews = [.. simulated.Round.Reviews, simulated.Round.Reviews[0] with { Id = "x", SubmissionId = "missing" }] };
            var ex = Assert.Throws<PeerLearningValidationException>(() => engine.Assess(bad));
            Assert.Contains(ex.Problems, p => p.ItemId == "x" && p.Field == "submissionId");
            Assert.Empty(sink.Events);
        }
    }

    [Fact]
    public void Registration_is_idempotent()
    {
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b.AddAssessment().AddAssessment());
        Assert.Single(services, d => d.ServiceType == typeof(PeerAssessmentEngine));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<AssessmentOptions>));
    }
}
