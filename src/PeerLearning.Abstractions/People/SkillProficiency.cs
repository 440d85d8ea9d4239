namespace PeerLearning;

/// <summary>How well a participant knows a skill.</summary>
/// <param name="Skill">The skill's name, compared case-insensitively (for example <c>csharp</c>).</param>
/// <param name="Level">Proficiency from <see cref="MinLevel"/> (none) to <see cref="MaxLevel"/> (expert).</param>
public sealed record SkillProficiency(string Skill, int Level)
{
    /// <summary>The lowest proficiency level.</summary>
    public const int MinLevel = 0;

    /// <summary>The highest proficiency level.</summary>
    public const int MaxLevel = 5;
}
