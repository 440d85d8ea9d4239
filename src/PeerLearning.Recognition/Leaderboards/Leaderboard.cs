namespace PeerLearning.Recognition;

/// <summary>A built leaderboard, or the reason none is shown.</summary>
public sealed record Leaderboard
{
    /// <summary>The query.</summary>
    public required LeaderboardQuery Query { get; init; }

    /// <summary>The first instant the board covers.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The first instant after the board.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Whether the board may be shown (enough people in scope).</summary>
    public bool Shown => HiddenReason is null;

    /// <summary>Why the board is not shown, or null.</summary>
    public string? HiddenReason { get; init; }

    /// <summary>The rows, best first; empty when not shown.</summary>
    public IReadOnlyList<LeaderboardRow> Rows { get; init; } = [];

    /// <summary>
    /// "Me and my neighbours": the person's row with up to <paramref name="around"/> rows above and below. Empty when the
    /// person is not on the board (opted out, out of scope) or the board is not shown.
    /// </summary>
    /// <param name="participantId">The person.</param>
    /// <param name="around">Rows on each side.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<LeaderboardRow> Around(string participantId, int around = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(around);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].ParticipantId == participantId)
            {
                var from = Math.Max(0, i - around);
                var to = Math.Min(Rows.Count, i + around + 1);
                return [.. Rows.Skip(from).Take(to - from)];
            }
        }

        return [];
    }
}
