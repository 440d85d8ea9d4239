namespace PeerLearning;

/// <summary>A role a participant opts into, and how many matches (mentees, newcomers, reviews...) they can take in it.</summary>
/// <param name="Role">The role.</param>
/// <param name="Capacity">How many matches the participant can take in this role; zero means opted in but currently full.</param>
public sealed record RoleCapacity(ProgramRole Role, int Capacity = 1);
