using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeerLearning.Assessment.Aggregation;
using PeerLearning.Assessment.Feedback360;
using PeerLearning.Assessment.Quality;
using PeerLearning.Assessment.Reliability;
using PeerLearning.Assessment.Reviews;
using PeerLearning.Events;

namespace PeerLearning.Assessment.Engine;

/// <summary>
/// The peer-assessment engine: validates a round, grades it with a method chosen by name, grades the reviewers,
/// compares self-assessments and measures agreement; raises review-submitted, grade-released and reviewer-graded events.
/// </summary>
public sealed partial class PeerAssessmentEngine
{
    private readonly ILearningEventSink _sink;
    private readonly TimeProvider _time;
    private readonly ILogger<PeerAssessmentEngine> _logger;
    private readonly IReadOnlyList<IGradeAggregator> _aggregators;
    private readonly AssessmentOptions _options;

    /// <summary>Creates the engine.</summary>
    /// <param name="sink">Where events go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="options">The options.</param>
    /// <param name="aggregators">Extra methods a host registered (built-ins are always available).</param>
    /// <param name="logger">The logger.</param>
    public PeerAssessmentEngine(ILearningEventSink sink, TimeProvider time, IOptions<AssessmentOptions> options, IEnumerable<IGradeAggregator>? aggregators = null, ILogger<PeerAssessmentEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _sink = sink;
        _time = time;
        _options = options.Value;
        _aggregators = (aggregators ?? []).ToList();
        _logger = logger ?? NullLogger<PeerAssessmentEngine>.Instance;
    }

    /// <summary>The method called <paramref name="name"/>: a host's own first, then the built-ins.</summary>
    /// <param name="name">The method's name.</param>
    /// <returns>The method.</returns>
    /// <exception cref="PeerLearningValidationException">No method has that name.</exception>
    public IGradeAggregator GetMethod(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _aggregators.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? GradeAggregators.Get(name);
    }

    /// <summary>Grades a round (no events).</summary>
    /// <param name="round">The round.</param>
    /// <param name="method">The method's name; the configured default when null.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="PeerLearningValidationException">The round is invalid (every problem listed) or the method unknown.</exception>
    public AssessmentOutcome Assess(PeerAssessment round, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        PeerLearningValidationException.ThrowIfAny(round.Validate());
        var aggregator = GetMethod(method ?? _options.DefaultMethod);
        var aggregation = aggregator.Aggregate(round, _options.Aggregation);
        var quality = ReviewerQualityAnalyzer.Analyze(round, aggregation, _options.Quality);
        var gaps = SelfPeerComparison.Compare(round, aggregation, _options.SelfPeerThreshold);
        var reliability = MeasureAgreement(round);
        var flagged = aggregation.Grades.Count(g => g.NeedsHumanReview);
        LogAssessed(_logger, round.Id ?? round.Rubric.Id, aggregator.Name, aggregation.Grades.Count, flagged);
        return new AssessmentOutcome(aggregation, quality, gaps, reliability);
    }

    /// <summary>Raises a <see cref="ReviewSubmitted"/> event for each review.</summary>
    /// <param name="round">The round the reviews belong to.</param>
    /// <param name="reviews">The reviews submitted.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the sink accepted the events.</returns>
    public ValueTask RecordReviewsAsync(PeerAssessment round, IReadOnlyList<Review> reviews, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reviews);
        var submissions = round.Submissions.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        var events = reviews.Select(r => (LearningEvent)new ReviewSubmitted
        {
            EventId = $"review-submitted:{r.Id}",
            OccurredAt = r.SubmittedAt ?? now,
            ReviewId = r.Id,
            SubmissionId = r.SubmissionId,
            ReviewerId = r.ReviewerId,
            AuthorIds = submissions.TryGetValue(r.SubmissionId, out var s) ? s.AuthorIds : [],
            ScaledScore = round.Rubric.Score(r.Scores) is { } score ? score / 100 : null,
        }).ToList();
        return _sink.PublishAsync(events, cancellationToken);
    }

    /// <summary>
    /// Grades a round and releases it: a <see cref="GradeReleased"/> event per graded submission (flagged grades wait
    /// for a person unless configured otherwise) and a <see cref="ReviewerGraded"/> event per reviewer with a grade for reviewing.
    /// </summary>
    /// <param name="round">The round.</param>
    /// <param name="method">The method; the configured default when null.</param>
    /// <param name="programId">The program the round belongs to, for the events.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>The outcome.</returns>
    public async Task<AssessmentOutcome> AssessAndReleaseAsync(PeerAssessment round, string? method = null, string? programId = null, CancellationToken cancellationToken = default)
    {
        var outcome = Assess(round, method);
        var roundId = round.Id ?? round.Rubric.Id;
        var now = _time.GetUtcNow();
        var events = new List<LearningEvent>();
        foreach (var grade in outcome.Aggregation.Grades)
        {
            if (grade.Grade is not { } g || (grade.NeedsHumanReview && !_options.ReleaseFlaggedGrades))
            {
                continue;
            }

            events.Add(new GradeReleased
            {
                EventId = $"grade-released:{roundId}:{grade.SubmissionId}",
                OccurredAt = now,
                ProgramId = programId,
                SubmissionId = grade.SubmissionId,
                AuthorIds = grade.AuthorIds,
                ScaledGrade = g / 100,
                StandardError = grade.StandardError / 100,
            });
        }

        foreach (var reviewer in outcome.ReviewerQuality)
        {
            if (reviewer.ReviewingGrade is { } rg)
            {
                events.Add(new ReviewerGraded
                {
                    EventId = $"reviewer-graded:{roundId}:{reviewer.ReviewerId}",
                    OccurredAt = now,
                    ProgramId = programId,
                    ReviewerId = reviewer.ReviewerId,
                    ScaledGrade = rg / 100,
                });
            }
        }

        await _sink.PublishAsync(events, cancellationToken).ConfigureAwait(false);
        LogReleased(_logger, roundId, events.Count);
        return outcome;
    }

    private static List<CriterionReliability> MeasureAgreement(PeerAssessment round)
    {
        var result = new List<CriterionReliability>();
        var peers = round.Reviews.Where(r => r.Kind == ReviewKind.Peer).ToList();
        foreach (var criterion in round.Rubric.Criteria)
        {
            var units = peers
                .Where(r => r.Scores.ContainsKey(criterion.Id))
                .GroupBy(r => r.SubmissionId, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<double>)g.Select(r => r.Scores[criterion.Id]).ToArray())
                .ToList();
            double? alpha;
            try
            {
                alpha = KrippendorffAlpha.Compute(units, LevelOfMeasurement.Interval);
            }
            catch (ArgumentException)
            {
                alpha = null;
            }

            result.Add(new CriterionReliability(criterion.Id, alpha));
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assessed round {RoundId} with {Method}: {Grades} grades, {Flagged} flagged for human review")]
    private static partial void LogAssessed(ILogger logger, string roundId, string method, int grades, int flagged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released round {RoundId}: {Events} events")]
    private static partial void LogReleased(ILogger logger, string roundId, int events);
}
