namespace PeerLearning.Recognition;

/// <summary>
/// A kudos held for approval, as the store keeps it so it survives a restart: the request (its instant pinned to when
/// it was given, the approvals collected so far) and the levels still missing. It leaves the store when the kudos is
/// recorded (in the same transaction), refused, or the giver's data is deleted.
/// </summary>
public sealed record PendingKudos
{
    /// <summary>The request, with <see cref="KudosRequest.OccurredAt"/> set and every approval collected so far.</summary>
    public required KudosRequest Request { get; init; }

    /// <summary>The approval levels still missing when it was last evaluated.</summary>
    public IReadOnlyList<int> MissingApprovalLevels { get; init; } = [];

    /// <summary>The kudos' id.</summary>
    public string KudosId => Request.KudosId;

    /// <summary>When it was given (<see cref="KudosRequest.OccurredAt"/>).</summary>
    public DateTimeOffset SubmittedAt => Request.OccurredAt ?? DateTimeOffset.MinValue;

    /// <summary>Checks the pending kudos and returns every problem (the request's, and a missing instant).</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        if (Request is null)
        {
            return [new ValidationProblem("(pending kudos)", "request", "must not be null")];
        }

        var problems = new List<ValidationProblem>(Request.Validate());
        if (Request.OccurredAt is null)
        {
            problems.Add(new(string.IsNullOrWhiteSpace(Request.KudosId) ? "(kudos)" : Request.KudosId, "occurredAt", "a pending kudos keeps the instant it was given; set it"));
        }

        return problems;
    }

    /// <summary>
    /// This pending kudos as a store keeps it: its instant in UTC, and the approvals of <paramref name="stored"/> (the
    /// one already kept under its id, if any) followed by its own new ones.
    /// </summary>
    /// <param name="stored">The pending kudos already stored under the same id, or null.</param>
    public PendingKudos MergedInto(PendingKudos? stored) => this with
    {
        Request = Request with
        {
            OccurredAt = Request.OccurredAt?.ToUniversalTime(),
            Approvals = stored is null ? Request.Approvals : [.. stored.Request.Approvals.Concat(Request.Approvals).Distinct()],
        },
    };

    /// <summary>Whether the person is its giver, one of its receivers or one of its approvers.</summary>
    internal bool Names(string participantId) =>
        Request.GiverId == participantId || Request.ReceiverIds.Contains(participantId) || Request.Approvals.Any(a => a.ApproverId == participantId);
}
