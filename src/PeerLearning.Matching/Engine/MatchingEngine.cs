using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PeerLearning.Events;

namespace PeerLearning.Matching;

/// <summary>
/// Matches providers (mentors, buddies, reverse mentors) with seekers (mentees, newcomers, reverse mentees):
/// eligibility and hard constraints first, then explainable 0–100 scores on the top-k candidates of each seeker,
/// then a strategy chosen by name. Results start pending; publishing proposes the matches as events.
/// Deterministic for the same input and seed.
/// </summary>
public sealed partial class MatchingEngine
{
    private static readonly int KindCount = Enum.GetValues<ConstraintKind>().Length;

    private readonly MatchingOptions _options;
    private readonly IReadOnlyList<IPairScorer> _scorers;
    private readonly IReadOnlyList<IMatchingStrategy> _strategies;
    private readonly TimeProvider _time;
    private readonly ILearningEventSink _sink;
    private readonly ILogger<MatchingEngine> _logger;

    /// <summary>Creates an engine.</summary>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="scorers">Extra or replacement criterion scorers.</param>
    /// <param name="strategies">Extra strategies, selectable by name next to the built-in ones.</param>
    /// <param name="timeProvider">The clock (today's date, event times); null for the system clock.</param>
    /// <param name="sink">Where published matches are announced; null to drop events.</param>
    /// <param name="logger">The logger.</param>
    /// <exception cref="PeerLearningValidationException">The options are invalid.</exception>
    public MatchingEngine(
        MatchingOptions? options = null,
        IEnumerable<IPairScorer>? scorers = null,
        IEnumerable<IMatchingStrategy>? strategies = null,
        TimeProvider? timeProvider = null,
        ILearningEventSink? sink = null,
        ILogger<MatchingEngine>? logger = null)
    {
        _options = options ?? new MatchingOptions();
        PeerLearningValidationException.ThrowIfAny(_options.Validate());
        _scorers = [.. scorers ?? []];
        _strategies = [.. strategies ?? []];
        _time = timeProvider ?? TimeProvider.System;
        _sink = sink ?? NullLearningEventSink.Instance;
        _logger = logger ?? NullLogger<MatchingEngine>.Instance;
    }

    /// <summary>Matches a program's participants.</summary>
    /// <param name="participants">The population (everyone the program may draw on, and their managers).</param>
    /// <param name="program">A mentoring, onboarding-buddy or reverse-mentoring program.</param>
    /// <param name="request">Strategy, seed, pinned and forbidden pairs; null for the defaults.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>A pending result.</returns>
    /// <exception cref="PeerLearningValidationException">The input is invalid; every problem is listed.</exception>
    public MatchingResult Match(IReadOnlyList<Participant> participants, ProgramDefinition program, MatchingRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= MatchingRequest.Default;
        var strategy = MatchingStrategies.Get(request.Strategy ?? _options.DefaultStrategy, _strategies);
        var set = Prepare(participants, program, request, cancellationToken);
        return Solve(set, strategy, cancellationToken);
    }

    /// <summary>Runs several strategies on the same candidates and reports them side by side.</summary>
    /// <param name="participants">The population.</param>
    /// <param name="program">The program.</param>
    /// <param name="strategies">Strategy names; null for every built-in one.</param>
    /// <param name="request">Seed, pinned and forbidden pairs (its strategy is ignored).</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>One result per strategy.</returns>
    /// <exception cref="PeerLearningValidationException">The input is invalid or a strategy is unknown.</exception>
    public StrategyComparison Compare(IReadOnlyList<Participant> participants, ProgramDefinition program, IReadOnlyList<string>? strategies = null, MatchingRequest? request = null, CancellationToken cancellationToken = default)
    {
        var chosen = (strategies ?? MatchingStrategies.Names).Select(n => MatchingStrategies.Get(n, _strategies)).ToList();
        var set = Prepare(participants, program, request ?? MatchingRequest.Default, cancellationToken);
        var results = new List<MatchingResult>();
        foreach (var strategy in chosen)
        {
            if (strategy is AssignmentStrategy && set.SeekerDemand.Any(d => d > 1))
            {
                continue;
            }

            results.Add(Solve(set, strategy, cancellationToken));
        }

        return new StrategyComparison(results);
    }

    /// <summary>
    /// Re-matches one person without disturbing anyone else: every other match of <paramref name="current"/> is kept
    /// (pinned), the person's current partners are ruled out, and the strategy fills the freed places.
    /// </summary>
    /// <param name="current">The result to change.</param>
    /// <param name="participantId">The person to re-match (either side).</param>
    /// <param name="participants">The population.</param>
    /// <param name="program">The program.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>A pending result whose <see cref="MatchingResult.Replaces"/> lists the person's ended matches.</returns>
    /// <exception cref="PeerLearningValidationException">The person is not in the program or the input is invalid.</exception>
    public MatchingResult Rematch(MatchingResult current, string participantId, IReadOnlyList<Participant> participants, ProgramDefinition program, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(program);
        if (!participants.Any(p => p.Id == participantId))
        {
            throw new PeerLearningValidationException(participantId, "participantId", "unknown participant id");
        }

        var involved = current.Matches.Where(m => m.ProviderId == participantId || m.SeekerId == participantId).ToList();
        var kept = current.Matches.Where(m => m.ProviderId != participantId && m.SeekerId != participantId).Select(m => new MatchPair(m.ProviderId, m.SeekerId)).ToList();
        var request = new MatchingRequest
        {
            Strategy = current.Strategy,
            Seed = current.Seed,
            AsOf = current.AsOf,
            PinnedPairs = kept,
            ForbiddenPairs = [.. involved.Select(m => new MatchPair(m.ProviderId, m.SeekerId))],
        };
        var result = Match(participants, program, request, cancellationToken);
        var pinnedIds = current.Matches.Where(m => m.Pinned).Select(m => m.MatchId).ToHashSet(StringComparer.Ordinal);
        var keptSet = kept.ToHashSet();
        return result with
        {
            Matches = [.. result.Matches.Select(m => m.Pinned && !pinnedIds.Contains(m.MatchId) && keptSet.Contains(new MatchPair(m.ProviderId, m.SeekerId)) ? m with { Pinned = false } : m)],
            Replaces = involved,
        };
    }

    /// <summary>Publishes a pending result: ends replaced matches and proposes every match to the event sink.</summary>
    /// <param name="pending">The pending result.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>The same result, published.</returns>
    /// <exception cref="PeerLearningValidationException">The result is already published.</exception>
    public async ValueTask<MatchingResult> PublishAsync(MatchingResult pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (pending.Status != MatchStatus.Pending)
        {
            throw new PeerLearningValidationException(pending.ProgramId, "status", "the result is already published");
        }

        var now = _time.GetUtcNow();
        var events = new List<LearningEvent>();
        foreach (var m in pending.Replaces)
        {
            events.Add(new MatchEnded
            {
                EventId = $"{m.MatchId}:ended:rematched",
                OccurredAt = now,
                ProgramId = pending.ProgramId,
                MatchId = m.MatchId,
                Reason = "rematched",
                Members = Members(m),
            });
        }

        foreach (var m in pending.Matches)
        {
            events.Add(new MatchProposed
            {
                EventId = $"{m.MatchId}:proposed",
                OccurredAt = now,
                ProgramId = pending.ProgramId,
                MatchId = m.MatchId,
                Members = Members(m),
                Score = m.Score,
            });
        }

        await _sink.PublishAsync(events, cancellationToken).ConfigureAwait(false);
        LogPublished(pending.ProgramId, pending.Matches.Count);
        return pending with { Status = MatchStatus.Published };
    }

    /// <summary>Records that a participant accepted a published match.</summary>
    /// <param name="published">The published result.</param>
    /// <param name="matchId">The match.</param>
    /// <param name="participantId">Who accepted (a member of the match).</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the event is accepted.</returns>
    /// <exception cref="PeerLearningValidationException">The result is not published, or the match or member is unknown.</exception>
    public ValueTask AcceptAsync(MatchingResult published, string matchId, string participantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (published.Status != MatchStatus.Published)
        {
            throw new PeerLearningValidationException(published.ProgramId, "status", "only a published match can be accepted");
        }

        var match = published.Matches.FirstOrDefault(m => m.MatchId == matchId)
            ?? throw new PeerLearningValidationException(matchId, "matchId", "unknown match id");
        if (match.ProviderId != participantId && match.SeekerId != participantId)
        {
            throw new PeerLearningValidationException(matchId, "participantId", $"'{participantId}' is not in the match");
        }

        return _sink.PublishAsync(new MatchAccepted
        {
            EventId = $"{matchId}:accepted:{participantId}",
            OccurredAt = _time.GetUtcNow(),
            ProgramId = published.ProgramId,
            MatchId = matchId,
            ParticipantId = participantId,
        }, cancellationToken);
    }

    /// <summary>
    /// Top-k providers for every seeker, for self-service matching. Suggestions rotate: a provider is suggested to
    /// at most its fair share of seekers (capacity × suggestions asked ÷ total capacity, rounded up), and the seed
    /// decides who sees a popular provider first.
    /// </summary>
    /// <param name="participants">The population.</param>
    /// <param name="program">The program.</param>
    /// <param name="perSeeker">Suggestions per seeker.</param>
    /// <param name="request">Seed, pinned and forbidden pairs.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>Suggestions per eligible seeker, in seeker id order.</returns>
    /// <exception cref="PeerLearningValidationException">The input is invalid.</exception>
    public IReadOnlyList<MatchSuggestions> Suggest(IReadOnlyList<Participant> participants, ProgramDefinition program, int perSeeker, MatchingRequest? request = null, CancellationToken cancellationToken = default)
    {
        if (perSeeker < 1)
        {
            throw new PeerLearningValidationException("suggestions", "perSeeker", $"must be at least 1, was {perSeeker}");
        }

        var set = Prepare(participants, program, request ?? MatchingRequest.Default, cancellationToken);
        var g = set.Graph;
        long totalCapacity = 0;
        for (var p = 0; p < g.ProviderCount; p++)
        {
            totalCapacity += g.CapacityOf(p);
        }

        var seekersAsking = Enumerable.Range(0, g.SeekerCount).Where(s => g.DemandOf(s) > 0).ToList();
        var asked = (long)seekersAsking.Count * perSeeker;
        var budget = new int[g.ProviderCount];
        for (var p = 0; p < g.ProviderCount; p++)
        {
            budget[p] = totalCapacity == 0 ? 0 : (int)Math.Min(int.MaxValue, ((g.CapacityOf(p) * asked) + totalCapacity - 1) / totalCapacity);
        }

        var scoring = new PairScoring(set.AsOf, _scorers);
        var order = seekersAsking.OrderBy(s => TieBreak.Key(set.Seed, s)).ToList();
        var bySeeker = new Dictionary<int, MatchSuggestions>();
        foreach (var s in order)
        {
            var arcs = Enumerable.Range(g.FirstArc(s), g.EndArc(s) - g.FirstArc(s))
                .OrderByDescending(g.ScoreOf).ThenBy(g.ProviderOf).ToList();
            var picks = new List<SuggestedProvider>();
            foreach (var a in arcs)
            {
                if (picks.Count == perSeeker)
                {
                    break;
                }

                var p = g.ProviderOf(a);
                if (budget[p] > 0)
                {
                    budget[p]--;
                    var explained = scoring.Explain(set.Providers[p], set.Seekers[s], set.Program);
                    picks.Add(new SuggestedProvider(set.Providers[p].Id, explained.Score, explained.Contributions));
                }
            }

            bySeeker[s] = new MatchSuggestions(set.Seekers[s].Id, picks);
        }

        return [.. bySeeker.Values.OrderBy(x => x.SeekerId, StringComparer.Ordinal)];
    }

    private static List<MatchMember> Members(MatchAssignment m) =>
        [new MatchMember(m.ProviderId, m.ProviderRole), new MatchMember(m.SeekerId, m.SeekerRole)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Matched program {ProgramId} with {Strategy}: {Matches} matches, {Unmatched} unmatched, mean score {Mean:F1}")]
    private partial void LogMatched(string programId, string strategy, int matches, int unmatched, double mean);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Matches} matches of program {ProgramId}")]
    private partial void LogPublished(string programId, int matches);
}
