namespace PeerLearning.Matching;

/// <summary>Deterministic, seeded tie-breaking keys (a 64-bit mix of seed and index).</summary>
internal static class TieBreak
{
    public static ulong Key(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32) ^ (uint)index;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
