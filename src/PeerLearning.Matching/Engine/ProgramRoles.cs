namespace PeerLearning.Matching;

/// <summary>How a pair program maps to the two sides of a matching problem.</summary>
/// <param name="Provider">The giving role (mentor, buddy, reverse mentor).</param>
/// <param name="Seeker">The receiving role (mentee, newcomer, reverse mentee).</param>
/// <param name="SeekerDemand">Providers per seeker.</param>
/// <param name="MaxProviderCapacity">The most seekers one provider takes, whatever they offer; null for no limit.</param>
public sealed record ProgramRoles(ProgramRole Provider, ProgramRole Seeker, int SeekerDemand, int? MaxProviderCapacity)
{
    /// <summary>The roles of a pair program; null for group programs (circles, teams, rotations, reviews).</summary>
    /// <param name="program">The program.</param>
    /// <returns>The roles, or null.</returns>
    public static ProgramRoles? For(ProgramDefinition program) => program switch
    {
        MentoringProgram m => new(ProgramRole.Mentor, ProgramRole.Mentee, m.MentorsPerMentee, null),
        OnboardingBuddyProgram => new(ProgramRole.Buddy, ProgramRole.Newcomer, 1, 1),
        ReverseMentoringProgram => new(ProgramRole.ReverseMentor, ProgramRole.ReverseMentee, 1, null),
        _ => null,
    };
}
