using Microsoft.Extensions.DependencyInjection;
using PeerLearning.Events;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Xapi.Tests.Client;

public sealed class LearningEventMappingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    internal static IReadOnlyList<LearningEvent> AllKinds() =>
    [
        new MatchProposed { EventId = "e1", OccurredAt = At, ProgramId = "mentoring-2026", MatchId = "m1", Members = [new MatchMember("u1", ProgramRole.Mentor), new MatchMember("u2", ProgramRole.Mentee)], Score = 0.8731 },
        new MatchAccepted { EventId = "e2", OccurredAt = At, ProgramId = "mentoring-2026", MatchId = "m1", ParticipantId = "u2" },
        new SessionHeld { EventId = "e3", OccurredAt = At, MatchId = "m1", AttendeeIds = ["u1", "u2"], Duration = TimeSpan.FromMinutes(45), Topic = "Career goals" },
        new FeedbackGiven { EventId = "e4", OccurredAt = At, MatchId = "m1", GiverId = "u2", ReceiverId = "u1", Rating = 5, Comment = "Very helpful" },
        new MatchEnded { EventId = "e5", OccurredAt = At, MatchId = "m1", Reason = "completed", Members = [new MatchMember("u1", ProgramRole.Mentor)] },
        new ReviewSubmitted { EventId = "e6", OccurredAt = At, ReviewId = "r1", SubmissionId = "s 1", ReviewerId = "u3", AuthorIds = ["u4"], ScaledScore = 0.7 },
        new GradeReleased { EventId = "e7", OccurredAt = At, SubmissionId = "s 1", AuthorIds = ["u4", "u5"], ScaledGrade = 0.66 },
        new ReviewerGraded { EventId = "e8", OccurredAt = At, ProgramId = "review-1", ReviewerId = "u3", ScaledGrade = 0.9 },
        new KudosGiven { EventId = "e9", OccurredAt = At, KudosId = "k1", GiverId = "u1", ReceiverIds = ["u2", "u3"], Message = "Thanks!", Points = 10 },
        new PointsAwarded { EventId = "e10", OccurredAt = At, EntryId = "p1", ParticipantId = "u2", Points = 10, Reason = "kudos" },
        new BadgeAwarded { EventId = "e11", OccurredAt = At, AwardId = "a1", BadgeId = "mentor-gold", BadgeName = "Gold mentor", ParticipantId = "u1" },
        new BadgeRevoked { EventId = "e12", OccurredAt = At, AwardId = "a1", BadgeId = "mentor-gold", ParticipantId = "u1", Reason = "expired" },
        new ContentShared { EventId = "e13", OccurredAt = At, ContentId = "c1", SharerId = "u2", Title = "Reading list", Location = new Uri("https://docs.example.org/reading") },
    ];

    [Fact]
    public void Every_event_kind_maps_to_valid_statements_with_stable_ids()
    {
        var mapper = new LearningEventStatementMapper(new LearningEventMappingOptions());

        var first = AllKinds().SelectMany(mapper.Map).ToList();
        var second = AllKinds().SelectMany(mapper.Map).ToList();

        Assert.Equal(17, first.Count);
        Assert.Empty(StatementValidator.ValidateBatch(first));
        Assert.Equal(first.Select(StatementSerializer.Serialize), second.Select(StatementSerializer.Serialize));
        Assert.Equal(first.Count, first.Select(s => s.Id).Distinct().Count());
        var session = first.Single(s => s.Verb.Id == "http://adlnet.gov/expapi/verbs/attended" && s.Actor.Account!.Name == "u2");
        Assert.Equal("PT45M", session.Result!.Duration!.Value.Text);
        Assert.Equal("https://lms.example.org/peer-learning/matches/m1/sessions/e3", ((Activity)session.Object).Id);
    }

    [Fact]
    public async Task Sink_delivers_events_once_even_when_published_twice()
    {
        var lrs = new InMemoryLrs();
        var services = new ServiceCollection();
        services.AddPeerLearning(b => b.AddXapi(o => o.Endpoint = lrs.Endpoint, http => http.ConfigurePrimaryHttpMessageHandler(lrs.CreateHandler)).AddXapiEventSink());
        using var provider = services.BuildServiceProvider();
        var sink = provider.GetRequiredService<ILearningEventSink>();

        await sink.PublishAsync(AllKinds());
        await sink.PublishAsync(AllKinds());

        Assert.IsType<LrsLearningEventSink>(sink);
        Assert.Equal(17, lrs.StatementCount);
    }
}
