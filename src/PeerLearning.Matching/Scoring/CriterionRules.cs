namespace PeerLearning.Matching;

/// <summary>The formulas of the built-in criteria, shared by the per-pair scorers and the vectorized scoring model.</summary>
internal static class CriterionRules
{
    /// <summary>Hours per month at which availability counts as full.</summary>
    public const double AvailabilityTargetHours = 4.0;

    /// <summary>Seniority levels outside the preferred range at which the seniority fit reaches zero.</summary>
    public const double SeniorityFalloff = 4.0;

    public static double Seniority(ProgramDefinition program, int providerLevel, int seekerLevel)
    {
        double distance = program switch
        {
            MentoringProgram m => Outside(providerLevel - seekerLevel, m.MinSeniorityGap, m.MaxSeniorityGap),
            ReverseMentoringProgram r => Math.Max(0, r.MinSeniorityGap - (seekerLevel - providerLevel)),
            _ => Math.Max(0, seekerLevel - providerLevel),
        };
        return Math.Max(0, 1 - (distance / SeniorityFalloff));
    }

    public static double Availability(double providerHours, double seekerHours) =>
        Math.Min(1.0, Math.Min(providerHours, seekerHours) / AvailabilityTargetHours);

    public static DepartmentPreference Department(ProgramDefinition program) => program switch
    {
        MentoringProgram m => m.DepartmentPreference,
        OnboardingBuddyProgram => DepartmentPreference.Same,
        _ => DepartmentPreference.None,
    };

    public static double Department(DepartmentPreference preference, bool same) => preference switch
    {
        DepartmentPreference.Same => same ? 1 : 0,
        DepartmentPreference.Different => same ? 0 : 1,
        _ => 1,
    };

    /// <summary>The level a provider's proficiency adds on a goal: plain level for mentors, the advantage for reverse mentors.</summary>
    public static double GoalTerm(ProgramDefinition program, int providerLevel, int seekerLevel)
    {
        if (program is ReverseMentoringProgram r)
        {
            var advantage = providerLevel - seekerLevel;
            return advantage >= r.MinSkillAdvantage ? advantage / (double)SkillProficiency.MaxLevel : 0;
        }

        return providerLevel / (double)SkillProficiency.MaxLevel;
    }

    private static int Outside(int value, int min, int max) => value < min ? min - value : value > max ? value - max : 0;
}
