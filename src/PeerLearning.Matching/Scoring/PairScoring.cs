namespace PeerLearning.Matching;

/// <summary>
/// Combines criterion scorers with a program's weights into a 0–100 pair score whose named contributions sum to it.
/// The built-in scorers cover <see cref="MatchingCriteria.All"/>; a host's scorer for the same criterion replaces the
/// built-in one, and a scorer for a new criterion counts when the program weighs that criterion.
/// </summary>
public sealed class PairScoring
{
    private readonly Dictionary<string, IPairScorer> _scorers;

    /// <summary>Creates the scoring with the built-in scorers plus <paramref name="scorers"/>.</summary>
    /// <param name="date">The date time-zone offsets are taken at when a program sets no date.</param>
    /// <param name="scorers">Extra or replacement scorers; later ones win.</param>
    public PairScoring(DateOnly date, IEnumerable<IPairScorer>? scorers = null)
    {
        _scorers = new Dictionary<string, IPairScorer>(StringComparer.Ordinal);
        foreach (var s in BuiltIn(date))
        {
            _scorers[s.Criterion] = s;
        }

        foreach (var s in scorers ?? [])
        {
            _scorers[s.Criterion] = s;
        }
    }

    /// <summary>The scorer for each criterion.</summary>
    public IReadOnlyDictionary<string, IPairScorer> Scorers => _scorers;

    /// <summary>The built-in scorers.</summary>
    /// <param name="date">The date time-zone offsets are taken at when a program sets no date.</param>
    /// <returns>One scorer per built-in criterion.</returns>
    public static IReadOnlyList<IPairScorer> BuiltIn(DateOnly date) =>
    [
        new GoalFitScorer(), new SharedLanguageScorer(), new TimeZoneOverlapScorer(date), new SeniorityGapScorer(),
        new DepartmentScorer(), new SharedInterestsScorer(), new AvailabilityScorer(), new ProximityScorer(),
    ];

    /// <summary>The weighted criteria of a program in a stable order (ordinal by name), with positive weights only.</summary>
    /// <param name="program">The program.</param>
    /// <returns>(criterion, weight) pairs.</returns>
    /// <exception cref="PeerLearningValidationException">A weighted criterion has no scorer.</exception>
    public IReadOnlyList<KeyValuePair<string, double>> WeightedCriteria(ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var weights = DefaultWeights.For(program).Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var problems = weights.Where(kv => !_scorers.ContainsKey(kv.Key))
            .Select(kv => new ValidationProblem(program.Id, $"weights.{kv.Key}", $"no scorer for criterion '{kv.Key}'; known: {string.Join(", ", _scorers.Keys.Order(StringComparer.Ordinal))}"))
            .ToList();
        PeerLearningValidationException.ThrowIfAny(problems);
        return weights;
    }

    /// <summary>Scores and explains one pair.</summary>
    /// <param name="provider">The mentor, buddy or reverse mentor.</param>
    /// <param name="seeker">The mentee, newcomer or reverse mentee.</param>
    /// <param name="program">The program.</param>
    /// <returns>The score and its contributions.</returns>
    /// <exception cref="PeerLearningValidationException">A scorer returned NaN or a value outside 0–1.</exception>
    public PairScore Explain(Participant provider, Participant seeker, ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(seeker);
        var criteria = WeightedCriteria(program);
        var totalWeight = criteria.Sum(kv => kv.Value);
        var contributions = new List<ScoreContribution>(criteria.Count);
        double score = 0;
        foreach (var (criterion, weight) in criteria)
        {
            var value = _scorers[criterion].Score(provider, seeker, program);
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new PeerLearningValidationException($"{provider.Id}/{seeker.Id}", $"score.{criterion}", $"scorer {_scorers[criterion].GetType().Name} returned {value}; scores must be from 0 to 1");
            }

            var points = 100.0 * weight * value / totalWeight;
            score += points;
            contributions.Add(new ScoreContribution(criterion, weight, value, points));
        }

        return new PairScore(Math.Clamp(score, 0, 100), contributions);
    }
}
