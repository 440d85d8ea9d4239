using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>The event kinds badge criteria can count, and who each event counts for.</summary>
public static class BadgeEventKinds
{
    /// <summary>Every kind a criterion may name.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["sessionHeld", "reviewSubmitted", "gradeReleased", "reviewerGraded", "contentShared", "kudosGiven", "kudosReceived", "feedbackGiven", "matchAccepted"];

    // Indexes into All, in its order.
    internal const int SessionHeldKind = 0;
    internal const int ReviewSubmittedKind = 1;
    internal const int GradeReleasedKind = 2;
    internal const int ReviewerGradedKind = 3;
    internal const int ContentSharedKind = 4;
    internal const int KudosGivenKind = 5;
    internal const int KudosReceivedKind = 6;
    internal const int FeedbackGivenKind = 7;
    internal const int MatchAcceptedKind = 8;

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
        var collector = new ActorCollector();
        VisitActors(learningEvent, ref collector);
        return collector.Actors ?? [];
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> once per (kind, participant, score) of an event, in the order of <see cref="Actors"/>,
    /// without allocating; <c>kind</c> is the index of the kind in <see cref="All"/>.
    /// </summary>
    internal static void VisitActors<TVisitor>(LearningEvent learningEvent, ref TVisitor visitor)
        where TVisitor : struct, IActorVisitor
    {
        switch (learningEvent)
        {
            case SessionHeld s:
                for (var i = 0; i < s.AttendeeIds.Count; i++)
                {
                    if (IsFirst(s.AttendeeIds, i))
                    {
                        visitor.Visit(SessionHeldKind, s.AttendeeIds[i], double.NaN);
                    }
                }

                break;
            case ReviewSubmitted r:
                visitor.Visit(ReviewSubmittedKind, r.ReviewerId, r.ScaledScore ?? double.NaN);
                break;
            case GradeReleased g:
                for (var i = 0; i < g.AuthorIds.Count; i++)
                {
                    if (IsFirst(g.AuthorIds, i))
                    {
                        visitor.Visit(GradeReleasedKind, g.AuthorIds[i], g.ScaledGrade);
                    }
                }

                break;
            case ReviewerGraded rg:
                visitor.Visit(ReviewerGradedKind, rg.ReviewerId, rg.ScaledGrade);
                break;
            case ContentShared c:
                visitor.Visit(ContentSharedKind, c.SharerId, double.NaN);
                break;
            case KudosGiven k:
                visitor.Visit(KudosGivenKind, k.GiverId, double.NaN);
                for (var i = 0; i < k.ReceiverIds.Count; i++)
                {
                    if (IsFirst(k.ReceiverIds, i))
                    {
                        visitor.Visit(KudosReceivedKind, k.ReceiverIds[i], double.NaN);
                    }
                }

                break;
            case FeedbackGiven f:
                visitor.Visit(FeedbackGivenKind, f.GiverId, f.Rating is { } rating ? rating : double.NaN);
                break;
            case MatchAccepted m:
                visitor.Visit(MatchAcceptedKind, m.ParticipantId, double.NaN);
                break;
        }
    }

    /// <summary>The index of <paramref name="kind"/> in <see cref="All"/>, or -1.</summary>
    internal static int IndexOf(string kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], kind, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
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

    /// <summary>Receives the actors of an event from <see cref="VisitActors"/>.</summary>
    internal interface IActorVisitor
    {
        /// <summary>One actor: the kind's index in <see cref="All"/>, the participant and the score (NaN when none).</summary>
        void Visit(int kind, string participantId, double score);
    }

    private struct ActorCollector : IActorVisitor
    {
        public List<(string Kind, string ParticipantId, double Score)>? Actors;

        public void Visit(int kind, string participantId, double score) => (Actors ??= []).Add((All[kind], participantId, score));
    }
}
