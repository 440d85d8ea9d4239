namespace PeerLearning;

/// <summary>A skill a participant wants to learn, and how much it matters to them.</summary>
/// <param name="Skill">The skill's name, compared case-insensitively.</param>
/// <param name="Priority">From <see cref="MinPriority"/> (nice to have) to <see cref="MaxPriority"/> (most important).</param>
public sealed record LearningGoal(string Skill, int Priority = 3)
{
    /// <summary>The lowest priority.</summary>
    public const int MinPriority = 1;

    /// <summary>The highest priority.</summary>
    public const int MaxPriority = 5;
}
