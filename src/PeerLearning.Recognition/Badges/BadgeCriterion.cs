namespace PeerLearning.Recognition;

/// <summary>
/// What a person must do to earn a badge. Criteria read events by kind: <c>sessionHeld</c> (each attendee),
/// <c>reviewSubmitted</c> (the reviewer; score = the review's scaled score), <c>gradeReleased</c> (each author; score =
/// the grade), <c>reviewerGraded</c> (the reviewer; score = the reviewing grade), <c>contentShared</c> (the sharer),
/// <c>kudosGiven</c> (the giver), <c>kudosReceived</c> (each receiver), <c>feedbackGiven</c> (the giver; score = rating)
/// and <c>matchAccepted</c> (the participant).
/// </summary>
public abstract record BadgeCriterion
{
    private protected BadgeCriterion()
    {
    }
}

/// <summary>At least <paramref name="AtLeast"/> events of a kind, within the last <paramref name="Within"/> (or ever).</summary>
/// <param name="EventKind">The event kind, for example <c>sessionHeld</c>.</param>
/// <param name="AtLeast">How many.</param>
/// <param name="Within">The sliding window ending at the latest event; null for all time.</param>
public sealed record EventCountCriterion(string EventKind, int AtLeast, TimeSpan? Within) : BadgeCriterion;

/// <summary>The first event of a kind ("first session held").</summary>
/// <param name="EventKind">The event kind.</param>
public sealed record FirstTimeCriterion(string EventKind) : BadgeCriterion;

/// <summary>
/// <paramref name="Weeks"/> consecutive weeks with at least <paramref name="PerWeek"/> events of a kind. Weeks are ISO 8601
/// weeks (Monday 00:00 to the next Monday 00:00) in the rule set's time zone.
/// </summary>
/// <param name="EventKind">The event kind.</param>
/// <param name="Weeks">Consecutive weeks needed.</param>
/// <param name="PerWeek">Events needed in each of those weeks.</param>
public sealed record StreakCriterion(string EventKind, int Weeks, int PerWeek) : BadgeCriterion;

/// <summary>
/// The mean score of scored events of a kind is at least <paramref name="MinAverage"/> over at least
/// <paramref name="MinCount"/> of them (within <paramref name="Within"/>, or ever); for example reviewer quality ≥ 0.8 over ≥ 10 reviews.
/// </summary>
/// <param name="EventKind">The event kind (<c>reviewerGraded</c>, <c>gradeReleased</c>, <c>reviewSubmitted</c>, <c>feedbackGiven</c>).</param>
/// <param name="MinAverage">The smallest mean score.</param>
/// <param name="MinCount">The fewest scored events.</param>
/// <param name="Within">The sliding window; null for all time.</param>
public sealed record ScoreThresholdCriterion(string EventKind, double MinAverage, int MinCount, TimeSpan? Within) : BadgeCriterion;

/// <summary>The person holds a valid (not revoked, not expired) award of another badge.</summary>
/// <param name="BadgeId">The prerequisite badge.</param>
public sealed record PrerequisiteBadgeCriterion(string BadgeId) : BadgeCriterion;

/// <summary>Every inner criterion holds.</summary>
/// <param name="Criteria">The inner criteria.</param>
public sealed record AllOfCriterion(IReadOnlyList<BadgeCriterion> Criteria) : BadgeCriterion;

/// <summary>At least one inner criterion holds.</summary>
/// <param name="Criteria">The inner criteria.</param>
public sealed record AnyOfCriterion(IReadOnlyList<BadgeCriterion> Criteria) : BadgeCriterion;

/// <summary>Never earned from events: awarded by hand by someone holding one of <paramref name="Roles"/>.</summary>
/// <param name="Roles">The roles (host-defined names such as <c>manager</c>, <c>programAdmin</c>) that may award it.</param>
public sealed record ManualAwardCriterion(IReadOnlyList<string> Roles) : BadgeCriterion;
