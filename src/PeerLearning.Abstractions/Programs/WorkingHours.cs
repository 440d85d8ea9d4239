namespace PeerLearning;

/// <summary>The local working day used to compute time-zone overlap between two people.</summary>
/// <param name="StartHour">Local hour the working day starts, 0–23.</param>
/// <param name="EndHour">Local hour the working day ends, 1–24, after <paramref name="StartHour"/>.</param>
public sealed record WorkingHours(int StartHour = 9, int EndHour = 17)
{
    /// <summary>Nine to five.</summary>
    public static WorkingHours Default { get; } = new();
}
