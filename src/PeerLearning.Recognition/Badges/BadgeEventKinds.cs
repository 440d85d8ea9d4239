using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>The event kinds badge criteria can count, and who each event counts for.</summary>
public static class BadgeEventKinds
{
    /// <summary>Every kind a criterion may name.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["sessionHeld", "reviewSubmitted", "gradeReleased", "reviewerGraded", "contentShared", "kudosGiven", "kudosReceived", "feedbackGiven", "matchAccepted"];

    /// <summary>Whether <paramref name="kind"/> is a known event kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when known.</returns>
    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Who an event counts for, under which kind, with which score (NaN when it has none).</summary>
    /// <param name="learningEvent">The event.</param>
    /// <returns>The (kind, participant, score) triples; empty for events badges do not count.</returns>
    public static IEnumerable<(string Kind, string ParticipantId, double Score)> Actors(LearningEvent learningEvent)
    {
        ArgumentNullException.ThrowIfNull(learningEvent);
        switch (learningEvent)
        {
            case SessionHeld s:
                foreach (var a in s.AttendeeIds.Distinct(StringComparer.Ordinal))
                {
                    yield return ("sessionHeld", a, double.NaN);
                }

                break;
            case ReviewSubmitted r:
                yield return ("reviewSubmitted", r.ReviewerId, r.ScaledScore ?? double.NaN);
                break;
            case GradeReleased g:
                foreach (var a in g.AuthorIds.Distinct(StringComparer.Ordinal))
                {
                    yield return ("gradeReleased", a, g.ScaledGrade);
                }

                break;
            case ReviewerGraded rg:
                yield return ("reviewerGraded", rg.ReviewerId, rg.ScaledGrade);
                break;
            case ContentShared c:
                yield return ("contentShared", c.SharerId, double.NaN);
                break;
            case KudosGiven k:
                yield return ("kudosGiven", k.GiverId, double.NaN);
                foreach (var r in k.ReceiverIds.Distinct(StringComparer.Ordinal))
                {
                    yield return ("kudosReceived", r, double.NaN);
                }

                break;
            case FeedbackGiven f:
                yield return ("feedbackGiven", f.GiverId, f.Rating is { } rating ? rating : double.NaN);
                break;
            case MatchAccepted m:
                yield return ("matchAccepted", m.ParticipantId, double.NaN);
                break;
        }
    }
}
