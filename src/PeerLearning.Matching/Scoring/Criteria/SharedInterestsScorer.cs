namespace PeerLearning.Matching;

/// <summary><see cref="MatchingCriteria.SharedInterests"/>: the Jaccard similarity of the two interest sets (case-insensitive); 0 when both are empty.</summary>
public sealed class SharedInterestsScorer : IPairScorer
{
    /// <inheritdoc />
    public string Criterion => MatchingCriteria.SharedInterests;

    /// <inheritdoc />
    public double Score(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        var a = new HashSet<string>(provider.Interests, StringComparer.OrdinalIgnoreCase);
        var b = new HashSet<string>(seeker.Interests, StringComparer.OrdinalIgnoreCase);
        var union = new HashSet<string>(a, StringComparer.OrdinalIgnoreCase);
        union.UnionWith(b);
        if (union.Count == 0)
        {
            return 0;
        }

        a.IntersectWith(b);
        return a.Count / (double)union.Count;
    }
}
