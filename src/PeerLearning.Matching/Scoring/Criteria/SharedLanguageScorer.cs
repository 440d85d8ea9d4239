namespace PeerLearning.Matching;

/// <summary><see cref="MatchingCriteria.SharedLanguage"/>: 1 when the two share a language (case-insensitive), else 0.</summary>
public sealed class SharedLanguageScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.SharedLanguage;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        return provider.Languages.Any(l => seeker.Languages.Contains(l, StringComparer.OrdinalIgnoreCase)) ? 1 : 0;
    }
}
