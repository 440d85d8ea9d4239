namespace PeerLearning;

/// <summary>Two participants, in no particular order (an excluded pair, an earlier pairing).</summary>
/// <param name="FirstId">One participant's id.</param>
/// <param name="SecondId">The other participant's id.</param>
public sealed record ParticipantPair(string FirstId, string SecondId)
{
    /// <summary>Whether this pair joins <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">One participant's id.</param>
    /// <param name="b">The other participant's id.</param>
    /// <returns>True when the pair is {a, b}.</returns>
    public bool Joins(string a, string b) =>
        (string.Equals(FirstId, a, StringComparison.Ordinal) && string.Equals(SecondId, b, StringComparison.Ordinal))
        || (string.Equals(FirstId, b, StringComparison.Ordinal) && string.Equals(SecondId, a, StringComparison.Ordinal));
}
