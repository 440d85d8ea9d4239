using System.Text.Json.Serialization;

namespace PeerLearning;

/// <summary>
/// What a peer-learning program is: who may take part in which role, what a good match looks like
/// (criterion weights) and what must never happen (hard constraints). One derived record per program kind.
/// </summary>
/// <remarks>
/// In JSON the kind is the <c>kind</c> property: <c>onboardingBuddy</c>, <c>mentoring</c>, <c>reverseMentoring</c>,
/// <c>peerCircle</c>, <c>actionLearningTeam</c>, <c>networkingRotation</c> or <c>peerReview</c>.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OnboardingBuddyProgram), "onboardingBuddy")]
[JsonDerivedType(typeof(MentoringProgram), "mentoring")]
[JsonDerivedType(typeof(ReverseMentoringProgram), "reverseMentoring")]
[JsonDerivedType(typeof(PeerCircleProgram), "peerCircle")]
[JsonDerivedType(typeof(ActionLearningTeamProgram), "actionLearningTeam")]
[JsonDerivedType(typeof(NetworkingRotationProgram), "networkingRotation")]
[JsonDerivedType(typeof(PeerReviewProgram), "peerReview")]
public abstract record ProgramDefinition
{
    // Only the kinds above exist: engines switch over them exhaustively.
    private protected ProgramDefinition()
    {
    }

    /// <summary>A stable identifier for the program.</summary>
    public required string Id { get; init; }

    /// <summary>The program's name as people see it.</summary>
    public required string Name { get; init; }

    /// <summary>The date eligibility (tenure) is measured at; null means the engine's current date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Conditions a participant must meet to take part; all rules that apply to a role must hold.</summary>
    public IReadOnlyList<EligibilityRule> Eligibility { get; init; } = [];

    /// <summary>Rules a match must never break.</summary>
    public HardConstraints Constraints { get; init; } = HardConstraints.Default;

    /// <summary>
    /// Weight per matching criterion (see <see cref="MatchingCriteria"/>); non-negative and finite.
    /// Criteria left out weigh nothing.
    /// </summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The roles people take in this kind of program.</summary>
    [JsonIgnore]
    public abstract IReadOnlyList<ProgramRole> ParticipatingRoles { get; }

    /// <summary>Whether <paramref name="participant"/> may take part in <paramref name="role"/>: opted in and meets every rule for the role.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="role">The role.</param>
    /// <param name="asOf">The date tenure is measured at.</param>
    /// <returns>True when eligible.</returns>
    public bool IsEligible(Participant participant, ProgramRole role, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (!participant.HasRole(role))
        {
            return false;
        }

        foreach (var rule in Eligibility)
        {
            if (rule.AppliesTo(role) && !rule.IsMetBy(participant, asOf))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The kind's own settings checked for sense: (field, problem) for each fault.</summary>
    internal abstract IEnumerable<(string Field, string Message)> CheckSettings();

    private protected static IEnumerable<(string Field, string Message)> CheckRange(string minField, int min, string maxField, int max, int lowest)
    {
        if (min < lowest)
        {
            yield return (minField, $"must be at least {lowest}, was {min}");
        }

        if (max < min)
        {
            yield return (maxField, $"must be at least {minField} ({min}), was {max}");
        }
    }
}
