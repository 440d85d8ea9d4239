namespace PeerLearning.Matching;

/// <summary>The weights used when a program sets none: what a good match looks like for each kind of program.</summary>
public static class DefaultWeights
{
    /// <summary>The program's own weights when it has any, else the defaults for its kind.</summary>
    /// <param name="program">The program.</param>
    /// <returns>Weight per criterion.</returns>
    public static IReadOnlyDictionary<string, double> For(ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.Weights.Count > 0)
        {
            return program.Weights;
        }

        return program switch
        {
            OnboardingBuddyProgram => new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [MatchingCriteria.Proximity] = 35,
                [MatchingCriteria.TimeZoneOverlap] = 15,
                [MatchingCriteria.SharedInterests] = 15,
                [MatchingCriteria.SeniorityGap] = 10,
                [MatchingCriteria.Department] = 10,
                [MatchingCriteria.Availability] = 10,
                [MatchingCriteria.SharedLanguage] = 5,
            },
            ReverseMentoringProgram => new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [MatchingCriteria.GoalFit] = 45,
                [MatchingCriteria.SeniorityGap] = 15,
                [MatchingCriteria.SharedInterests] = 15,
                [MatchingCriteria.Availability] = 10,
                [MatchingCriteria.TimeZoneOverlap] = 10,
                [MatchingCriteria.SharedLanguage] = 5,
            },
            _ => new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [MatchingCriteria.GoalFit] = 40,
                [MatchingCriteria.SeniorityGap] = 15,
                [MatchingCriteria.TimeZoneOverlap] = 10,
                [MatchingCriteria.Department] = 10,
                [MatchingCriteria.SharedInterests] = 10,
                [MatchingCriteria.Availability] = 10,
                [MatchingCriteria.SharedLanguage] = 5,
            },
        };
    }
}
