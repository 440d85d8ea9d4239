namespace PeerLearning.Matching;

/// <summary>
/// <see cref="MatchingCriteria.GoalFit"/>: the provider's proficiency on the seeker's learning goals, weighted by goal
/// priority. In reverse mentoring only the provider's advantage counts, and only where it reaches the program's
/// minimum skill advantage. A seeker without goals scores 0.
/// </summary>
public sealed class GoalFitScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.GoalFit;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        ArgumentNullException.ThrowIfNull(program);
        double total = 0, weighted = 0;
        foreach (var goal in seeker.Goals)
        {
            total += goal.Priority;
            weighted += goal.Priority * CriterionRules.GoalTerm(program, provider.ProficiencyIn(goal.Skill), seeker.ProficiencyIn(goal.Skill));
        }

        return total > 0 ? weighted / total : 0;
    }
}
