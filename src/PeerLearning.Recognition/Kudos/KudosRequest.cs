namespace PeerLearning.Recognition;

/// <summary>A person thanking one or more colleagues.</summary>
public sealed record KudosRequest
{
    /// <summary>A stable id for this kudos; the idempotency key of its ledger entries.</summary>
    public required string KudosId { get; init; }

    /// <summary>Who gives it.</summary>
    public required string GiverId { get; init; }

    /// <summary>Who receives it (one or more, distinct).</summary>
    public required IReadOnlyList<string> ReceiverIds { get; init; }

    /// <summary>The message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Value tags such as "helped me learn".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Points given to each receiver (zero for thanks without points).</summary>
    public int Points { get; init; }

    /// <summary>When it was given; null means now (the engine's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Approvals collected so far, for kudos above an approval threshold.</summary>
    public IReadOnlyList<KudosApproval> Approvals { get; init; } = [];

    /// <summary>Checks the request's shape and returns every problem.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var item = string.IsNullOrWhiteSpace(KudosId) ? "(kudos)" : KudosId;
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(KudosId))
        {
            problems.Add(new(item, "kudosId", "must not be empty"));
        }

        if (string.IsNullOrWhiteSpace(GiverId))
        {
            problems.Add(new(item, "giverId", "must not be empty"));
        }

        if (ReceiverIds is null || ReceiverIds.Count == 0)
        {
            problems.Add(new(item, "receiverIds", "must name at least one receiver"));
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < ReceiverIds.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(ReceiverIds[i]))
                {
                    problems.Add(new(item, $"receiverIds[{i}]", "must not be empty"));
                }
                else if (!seen.Add(ReceiverIds[i]))
                {
                    problems.Add(new(item, $"receiverIds[{i}]", $"'{ReceiverIds[i]}' is listed more than once"));
                }
            }
        }

        if (Points < 0)
        {
            problems.Add(new(item, "points", $"must not be negative, was {Points}"));
        }

        return problems;
    }
}
