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
                for (var i = 0; i < s.AttendeeIds.Count; i++)
                {
                    if (IsFirst(s.AttendeeIds, i))
                    {
                        yield return ("sessionHeld", s.AttendeeIds[i], double.NaN);
                    }
                }

                break;
            case ReviewSubmitted r:
                yield return ("reviewSubmitted", r.ReviewerId, r.ScaledScore ?? double.NaN);
                break;
            case GradeReleased g:
                for (var i = 0; i < g.AuthorIds.Count; i++)
                {
                    if (IsFirst(g.AuthorIds, i))
                    {
                        yield return ("gradeReleased", g.AuthorIds[i], g.ScaledGrade);
                    }
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
                for (var i = 0; i < k.ReceiverIds.Count; i++)
                {
                    if (IsFirst(k.ReceiverIds, i))
                    {
                        yield return ("kudosReceived", k.ReceiverIds[i], double.NaN);
                    }
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

    // Lists of people in an event are short: a quadratic check allocates nothing.
    private static bool IsFirst(IReadOnlyList<string> ids, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(ids[j], ids[index], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
