using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using PeerLearning.Events;

namespace PeerLearning.Xapi;

/// <summary>
/// Maps domain events to xAPI statements, deterministically: the same event always gives the same statements with the
/// same ids (name-based UUIDs from the event id), so re-delivering an event cannot duplicate statements in the LRS.
/// </summary>
public sealed class LearningEventStatementMapper
{
    private static readonly Guid IdNamespace = new("5b0f6c1e-8d3a-4c56-9e1f-3a7b2d4c8e90");
    private readonly LearningEventMappingOptions _options;
    private readonly string _activities;
    private readonly string _vocabulary;

    /// <summary>Creates a mapper.</summary>
    public LearningEventStatementMapper(LearningEventMappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _activities = options.ActivityBase.AbsoluteUri.TrimEnd('/') + "/";
        _vocabulary = options.VocabularyBase.AbsoluteUri.TrimEnd('/') + "/";
    }

    /// <summary>The statements of one event (one per participant the event is about).</summary>
    public IReadOnlyList<Statement> Map(LearningEvent learningEvent)
    {
        ArgumentNullException.ThrowIfNull(learningEvent);
        var statements = learningEvent switch
        {
            MatchProposed e => e.Members.Select(m => Build(e, m.ParticipantId, OwnVerb("was-matched", "was matched"), Match(e.MatchId), result: new Result { Score = new Score { Raw = Number(e.Score) } }, role: m.Role.ToString(), registration: e.MatchId)).ToList(),
            MatchAccepted e => [Build(e, e.ParticipantId, Verb("http://activitystrea.ms/schema/1.0/accept", "accepted"), Match(e.MatchId), registration: e.MatchId)],
            MatchEnded e => e.Members.Select(m => Build(e, m.ParticipantId, OwnVerb("ended", "ended"), Match(e.MatchId), result: new Result { Response = e.Reason }, role: m.Role.ToString(), registration: e.MatchId)).ToList(),
            SessionHeld e => e.AttendeeIds.Select(a => Build(e, a, Verb("http://adlnet.gov/expapi/verbs/attended", "attended"), Session(e), result: new Result { Duration = e.Duration }, registration: e.MatchId)).ToList(),
            FeedbackGiven e => [Build(e, e.GiverId, Verb("http://adlnet.gov/expapi/verbs/commented", "commented"), e.ReceiverId is { } r ? Participant(r) : e.MatchId is { } mid ? Match(mid) : Program(e.ProgramId), result: new Result { Response = e.Comment, Score = e.Rating is { } rating ? new Score { Raw = rating } : null }, registration: e.MatchId)],
            ReviewSubmitted e => [Build(e, e.ReviewerId, Verb("http://id.tincanapi.com/verb/reviewed", "reviewed"), Submission(e.SubmissionId), result: e.ScaledScore is { } s ? new Result { Score = new Score { Scaled = Number(s) } } : null)],
            GradeReleased e => e.AuthorIds.Select(a => Build(e, a, Verb("http://adlnet.gov/expapi/verbs/scored", "scored"), Submission(e.SubmissionId), result: new Result { Score = new Score { Scaled = Number(e.ScaledGrade) } })).ToList(),
            ReviewerGraded e => [Build(e, e.ReviewerId, Verb("http://adlnet.gov/expapi/verbs/scored", "scored"), Activity($"programs/{Segment(e.ProgramId ?? "all")}/reviewing", "review-quality", "Reviewing quality"), result: new Result { Score = new Score { Scaled = Number(e.ScaledGrade) } })],
            KudosGiven e => e.ReceiverIds.Select(r => Build(e, e.GiverId, OwnVerb("gave-kudos", "gave kudos to"), Participant(r), result: new Result { Response = e.Message.Length == 0 ? null : e.Message, Score = e.Points == 0 ? null : new Score { Raw = e.Points } })).ToList(),
            PointsAwarded e => [Build(e, e.ParticipantId, OwnVerb("earned-points", "earned points"), Program(e.ProgramId), result: new Result { Score = new Score { Raw = e.Points }, Response = e.Reason.Length == 0 ? null : e.Reason })],
            BadgeAwarded e => [Build(e, e.ParticipantId, Verb("http://id.tincanapi.com/verb/earned", "earned"), Badge(e.BadgeId, e.BadgeName))],
            BadgeRevoked e => [Build(e, e.ParticipantId, OwnVerb("lost-badge", "lost"), Badge(e.BadgeId, null), result: new Result { Response = e.Reason })],
            ContentShared e => [Build(e, e.SharerId, Verb("http://adlnet.gov/expapi/verbs/shared", "shared"), new Activity(e.Location?.AbsoluteUri ?? _activities + "content/" + Segment(e.ContentId)) { Definition = Definition("content", e.Title.Length == 0 ? null : e.Title) })],
            _ => throw new ArgumentException($"No xAPI mapping for event type {learningEvent.GetType().Name}.", nameof(learningEvent)),
        };

        for (var i = 0; i < statements.Count; i++)
        {
            statements[i] = statements[i] with { Id = NameBasedId(learningEvent.EventId + "#" + i.ToString(CultureInfo.InvariantCulture)) };
        }

        return statements;
    }

    private Statement Build(LearningEvent e, string participantId, Verb verb, StatementObject obj, Result? result = null, string? role = null, string? registration = null)
    {
        var parent = e.ProgramId is { } programId ? new ContextActivities { Parent = [Program(programId)] } : null;
        return new Statement
        {
            Actor = Participant(participantId),
            Verb = verb,
            Object = obj,
            Result = result,
            Timestamp = e.OccurredAt,
            Context = new Context
            {
                Registration = registration is null ? null : NameBasedId("registration:" + registration),
                ContextActivities = parent,
                Platform = obj is Activity ? _options.Platform : null,
                Language = _options.Language,
                Extensions = role is null ? null : new Dictionary<string, JToken> { [_vocabulary + "extensions/role"] = role },
            },
        };
    }

    private Agent Participant(string id) => Agent.WithAccount(_options.AccountHomePage.AbsoluteUri, id);

    private Verb Verb(string id, string display) => new(id) { Display = new Dictionary<string, string> { [_options.Language] = display } };

    private Verb OwnVerb(string name, string display) => Verb(_vocabulary + "verbs/" + name, display);

    private Activity Match(string matchId) => Activity("matches/" + Segment(matchId), "match", null);

    private Activity Session(SessionHeld e) => Activity($"matches/{Segment(e.MatchId)}/sessions/{Segment(e.EventId)}", "session", e.Topic);

    private Activity Submission(string submissionId) => Activity("submissions/" + Segment(submissionId), "submission", null);

    private Activity Badge(string badgeId, string? name) => Activity("badges/" + Segment(badgeId), "badge", string.IsNullOrEmpty(name) ? null : name);

    private Activity Program(string? programId) => Activity("programs/" + Segment(programId ?? "all"), "program", null);

    private Activity Activity(string path, string type, string? name) => new(_activities + path) { Definition = Definition(type, name) };

    private ActivityDefinition Definition(string type, string? name) => new()
    {
        Type = _vocabulary + "activities/" + type,
        Name = name is null ? null : new Dictionary<string, string> { [_options.Language] = name },
    };

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static decimal Number(double value) => decimal.Round((decimal)value, 6);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "RFC 4122 name-based UUID version 5 is defined with SHA-1; it identifies, it does not protect.")]
    internal static Guid NameBasedId(string name)
    {
        Span<byte> ns = stackalloc byte[16];
        IdNamespace.TryWriteBytes(ns, bigEndian: true, out _);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        ns.CopyTo(input);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
