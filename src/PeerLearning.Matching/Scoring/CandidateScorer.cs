using System.Numerics;

namespace PeerLearning.Matching;

/// <summary>
/// The hot loop: scores one seeker against every provider and checks the hard constraints, criterion by criterion
/// over structure-of-arrays features (vectorized where the work is arithmetic). Produces exactly the same numbers
/// as <see cref="PairScoring.Explain"/> for the same pair. Thread-safe for concurrent rows.
/// </summary>
internal sealed class CandidateScorer
{
    private readonly Participant[] _providers;
    private readonly Participant[] _seekers;
    private readonly ProgramDefinition _program;
    private readonly (string Criterion, double Weight, IPairScorer? Custom)[] _criteria;
    private readonly double _totalWeight;

    private readonly int _providerCount;
    private readonly double[] _levelScaled; // skill-major: [skill * P + p] = level / 5
    private readonly int[] _level; // skill-major raw levels
    private readonly Dictionary<string, int> _skillIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly (int Skill, int Priority, int SeekerLevel)[][] _seekerGoals;
    private readonly int[] _goalTotal;

    private readonly int _langWords;
    private readonly ulong[] _providerLang;
    private readonly ulong[] _seekerLang;
    private readonly int _interestWords;
    private readonly ulong[] _providerInterests;
    private readonly ulong[] _seekerInterests;

    private readonly int _zoneCount;
    private readonly int[] _providerZone;
    private readonly int[] _seekerZone;
    private readonly double[] _overlapValue;
    private readonly bool[] _overlapOk;
    private readonly int _seniorityMin;
    private readonly int _seniorityMax;
    private readonly int[] _providerDept, _seekerDept, _providerTeam, _seekerTeam, _providerSite, _seekerSite;
    private readonly int[] _providerSeniority, _seekerSeniority;
    private readonly double[] _providerHours, _seekerHours;
    private readonly int[] _providerTin, _providerTout, _seekerTin, _seekerTout;
    private readonly int[] _providerPerson, _seekerPerson;
    private readonly Dictionary<int, List<(int Provider, ConstraintKind Kind)>> _pairRules;
    private readonly double _dayLength;
    private readonly double? _minOverlap;
    private readonly bool _requireLanguage;
    private readonly bool _excludeChain;

    public CandidateScorer(
        IReadOnlyList<Participant> population,
        int[] providerPeople,
        int[] seekerPeople,
        ProgramDefinition program,
        PairScoring scoring,
        DateOnly date,
        IEnumerable<(int SeekerPerson, int ProviderPerson, ConstraintKind Kind)> pairRules)
    {
        _program = program;
        _providerPerson = providerPeople;
        _seekerPerson = seekerPeople;
        _providers = [.. providerPeople.Select(i => population[i])];
        _seekers = [.. seekerPeople.Select(i => population[i])];
        _providerCount = _providers.Length;
        var criteria = scoring.WeightedCriteria(program);
        var builtIn = PairScoring.BuiltIn(date).ToDictionary(s => s.Criterion, s => s.GetType(), StringComparer.Ordinal);
        _criteria = [.. criteria.Select(kv =>
        {
            var scorer = scoring.Scorers[kv.Key];
            var isBuiltIn = builtIn.TryGetValue(kv.Key, out var type) && scorer.GetType() == type;
            return (kv.Key, kv.Value, isBuiltIn ? null : scorer);
        })];
        _totalWeight = criteria.Sum(kv => kv.Value);
        var on = program.AsOf ?? date;
        var hours = program.Constraints.WorkingHours;
        _dayLength = hours.EndHour - hours.StartHour;
        _minOverlap = program.Constraints.MinTimeZoneOverlapHours;
        _requireLanguage = program.Constraints.RequireSharedLanguage;
        _excludeChain = program.Constraints.ExcludeManagementChain;

        // Skills: a dense skill-major matrix over providers, a sparse goal list per seeker.
        foreach (var p in _providers)
        {
            foreach (var s in p.Skills)
            {
                _skillIndex.TryAdd(s.Skill, _skillIndex.Count);
            }
        }

        _level = new int[_skillIndex.Count * _providerCount];
        _levelScaled = new double[_level.Length];
        for (var p = 0; p < _providerCount; p++)
        {
            foreach (var s in _providers[p].Skills)
            {
                var k = _skillIndex[s.Skill];
                if (_level[(k * _providerCount) + p] == 0)
                {
                    _level[(k * _providerCount) + p] = s.Level;
                    _levelScaled[(k * _providerCount) + p] = s.Level / (double)SkillProficiency.MaxLevel;
                }
            }
        }

        _seekerGoals = new (int, int, int)[_seekers.Length][];
        _goalTotal = new int[_seekers.Length];
        for (var s = 0; s < _seekers.Length; s++)
        {
            var seeker = _seekers[s];
            _seekerGoals[s] = [.. seeker.Goals.Select(g => (_skillIndex.TryGetValue(g.Skill, out var k) ? k : -1, g.Priority, seeker.ProficiencyIn(g.Skill)))];
            _goalTotal[s] = seeker.Goals.Sum(g => g.Priority);
        }

        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var interests = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in _providers.Concat(_seekers))
        {
            foreach (var l in person.Languages)
            {
                languages.TryAdd(l, languages.Count);
            }

            foreach (var i in person.Interests)
            {
                interests.TryAdd(i, interests.Count);
            }
        }

        _langWords = Math.Max(1, (languages.Count + 63) / 64);
        _interestWords = Math.Max(1, (interests.Count + 63) / 64);
        _providerLang = Bits(_providers, p => p.Languages, languages, _langWords);
        _seekerLang = Bits(_seekers, p => p.Languages, languages, _langWords);
        _providerInterests = Bits(_providers, p => p.Interests, interests, _interestWords);
        _seekerInterests = Bits(_seekers, p => p.Interests, interests, _interestWords);

        var offsets = new Dictionary<string, double>(StringComparer.Ordinal);
        double Offset(Participant p) => p.TimeZone is { } z
            ? offsets.TryGetValue(z, out var o) ? o : offsets[z] = WorkingHoursOverlap.UtcOffsetHours(z, on) ?? double.NaN
            : double.NaN;
        // Time zones: overlap depends only on the two UTC offsets, so a small offset × offset table serves every pair.
        var offsetIds = new Dictionary<double, int>();
        var offsetList = new List<double>();
        int Zone(Participant p)
        {
            var o = Offset(p);
            if (!offsetIds.TryGetValue(o, out var id))
            {
                offsetIds[o] = id = offsetList.Count;
                offsetList.Add(o);
            }

            return id;
        }

        _providerZone = [.. _providers.Select(Zone)];
        _seekerZone = [.. _seekers.Select(Zone)];
        _zoneCount = Math.Max(1, offsetList.Count);
        _overlapValue = new double[_zoneCount * _zoneCount];
        _overlapOk = new bool[_zoneCount * _zoneCount];
        for (var a = 0; a < offsetList.Count; a++)
        {
            for (var b = 0; b < offsetList.Count; b++)
            {
                var known = !double.IsNaN(offsetList[a]) && !double.IsNaN(offsetList[b]);
                var overlap = known ? WorkingHoursOverlap.Hours(offsetList[b], offsetList[a], _dayLength) : 0;
                _overlapValue[(a * _zoneCount) + b] = known ? overlap / _dayLength : 0;
                _overlapOk[(a * _zoneCount) + b] = known && overlap >= (_minOverlap ?? 0);
            }
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int Id(string? v) => v is null ? -1 : names.TryGetValue(v, out var id) ? id : names[v] = names.Count;
        _providerDept = [.. _providers.Select(p => Id(p.Department))];
        _seekerDept = [.. _seekers.Select(p => Id(p.Department))];
        _providerTeam = [.. _providers.Select(p => Id(p.Team))];
        _seekerTeam = [.. _seekers.Select(p => Id(p.Team))];
        _providerSite = [.. _providers.Select(p => Id(p.Location))];
        _seekerSite = [.. _seekers.Select(p => Id(p.Location))];
        _providerSeniority = [.. _providers.Select(p => p.SeniorityLevel)];
        _seniorityMin = _providerSeniority.Length == 0 ? 0 : _providerSeniority.Min();
        _seniorityMax = _providerSeniority.Length == 0 ? 0 : _providerSeniority.Max();
        _seekerSeniority = [.. _seekers.Select(p => p.SeniorityLevel)];
        _providerHours = [.. _providers.Select(p => p.AvailabilityHoursPerMonth)];
        _seekerHours = [.. _seekers.Select(p => p.AvailabilityHoursPerMonth)];

        var (tin, tout) = ManagementTree.EulerTour(population);
        _providerTin = [.. providerPeople.Select(i => tin[i])];
        _providerTout = [.. providerPeople.Select(i => tout[i])];
        _seekerTin = [.. seekerPeople.Select(i => tin[i])];
        _seekerTout = [.. seekerPeople.Select(i => tout[i])];

        var providerPos = new Dictionary<int, int>();
        for (var p = 0; p < providerPeople.Length; p++)
        {
            providerPos[providerPeople[p]] = p;
        }

        var seekerPos = new Dictionary<int, int>();
        for (var s = 0; s < seekerPeople.Length; s++)
        {
            seekerPos[seekerPeople[s]] = s;
        }

        _pairRules = [];
        foreach (var (sp, pp, kind) in pairRules)
        {
            if (seekerPos.TryGetValue(sp, out var s) && providerPos.TryGetValue(pp, out var p))
            {
                if (!_pairRules.TryGetValue(s, out var list))
                {
                    _pairRules[s] = list = [];
                }

                list.Add((p, kind));
            }
        }
    }

    public int ProviderCount => _providerCount;

    public int SeekerCount => _seekers.Length;

    /// <summary>Scores seeker <paramref name="s"/> against every provider; <paramref name="violation"/> says which rule removed a pair.</summary>
    public void ScoreRow(int s, Span<double> scores, Span<double> value, Span<ConstraintKind> violation)
    {
        var n = _providerCount;
        scores = scores[..n];
        value = value[..n];
        violation = violation[..n];
        scores.Clear();
        violation.Clear();
        var needGoals = _program is ReverseMentoringProgram;
        foreach (var (criterion, weight, custom) in _criteria)
        {
            if (custom is not null)
            {
                for (var p = 0; p < n; p++)
                {
                    var v = custom.Score(_providers[p], _seekers[s], _program);
                    if (double.IsNaN(v) || v < 0 || v > 1)
                    {
                        throw new PeerLearningValidationException($"{_providers[p].Id}/{_seekers[s].Id}", $"score.{criterion}", $"scorer {custom.GetType().Name} returned {v}; scores must be from 0 to 1");
                    }

                    value[p] = v;
                }
            }
            else
            {
                Criterion(criterion, s, value);
            }

            if (criterion == MatchingCriteria.GoalFit)
            {
                needGoals = false;
                if (_program is ReverseMentoringProgram)
                {
                    MarkNoAdvantage(value, violation);
                }
            }

            AddPoints(scores, value, 100.0 * weight, _totalWeight);
        }

        if (needGoals)
        {
            GoalFit(s, value);
            MarkNoAdvantage(value, violation);
        }

        Constraints(s, violation);
    }

    /// <summary>The participant index (in the population) of provider position <paramref name="p"/>.</summary>
    public int ProviderPerson(int p) => _providerPerson[p];

    /// <summary>The participant index (in the population) of seeker position <paramref name="s"/>.</summary>
    public int SeekerPerson(int s) => _seekerPerson[s];

    private static void MarkNoAdvantage(Span<double> goalValue, Span<ConstraintKind> violation)
    {
        for (var p = 0; p < goalValue.Length; p++)
        {
            if (goalValue[p] <= 0)
            {
                violation[p] = ConstraintKind.ProgramRule;
            }
        }
    }

    private static void AddPoints(Span<double> scores, ReadOnlySpan<double> value, double scaledWeight, double totalWeight)
    {
        var p = 0;
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<double>.Count)
        {
            var w = new Vector<double>(scaledWeight);
            var t = new Vector<double>(totalWeight);
            for (; p <= scores.Length - Vector<double>.Count; p += Vector<double>.Count)
            {
                var acc = new Vector<double>(scores[p..]);
                var v = new Vector<double>(value[p..]);
                (acc + (w * v / t)).CopyTo(scores[p..]);
            }
        }

        for (; p < scores.Length; p++)
        {
            scores[p] += scaledWeight * value[p] / totalWeight;
        }
    }

    private void Criterion(string criterion, int s, Span<double> value)
    {
        var n = value.Length;
        switch (criterion)
        {
            case MatchingCriteria.GoalFit:
                GoalFit(s, value);
                break;
            case MatchingCriteria.SharedLanguage:
                if (_langWords == 1)
                {
                    var sl = _seekerLang[s];
                    for (var p = 0; p < n; p++)
                    {
                        value[p] = (_providerLang[p] & sl) != 0 ? 1 : 0;
                    }
                }
                else
                {
                    for (var p = 0; p < n; p++)
                    {
                        value[p] = Shares(_providerLang, _seekerLang, _langWords, p, s) ? 1 : 0;
                    }
                }

                break;
            case MatchingCriteria.TimeZoneOverlap:
                var zones = _zoneCount;
                var row = _seekerZone[s] * zones;
                for (var p = 0; p < n; p++)
                {
                    value[p] = _overlapValue[row + _providerZone[p]];
                }

                break;
            case MatchingCriteria.SeniorityGap:
                var levels = _seniorityMax - _seniorityMin + 1;
                Span<double> table = levels <= 128 ? stackalloc double[levels] : new double[levels];
                for (var l = 0; l < levels; l++)
                {
                    table[l] = CriterionRules.Seniority(_program, _seniorityMin + l, _seekerSeniority[s]);
                }

                for (var p = 0; p < n; p++)
                {
                    value[p] = table[_providerSeniority[p] - _seniorityMin];
                }

                break;
            case MatchingCriteria.Department:
                var preference = CriterionRules.Department(_program);
                var sameValue = CriterionRules.Department(preference, true);
                var otherValue = CriterionRules.Department(preference, false);
                var dept = _seekerDept[s];
                for (var p = 0; p < n; p++)
                {
                    value[p] = dept >= 0 && _providerDept[p] == dept ? sameValue : otherValue;
                }

                break;
            case MatchingCriteria.SharedInterests:
                if (_interestWords == 1)
                {
                    var si = _seekerInterests[s];
                    for (var p = 0; p < n; p++)
                    {
                        var a = _providerInterests[p];
                        var union = BitOperations.PopCount(a | si);
                        value[p] = union == 0 ? 0 : BitOperations.PopCount(a & si) / (double)union;
                    }
                }
                else
                {
                    for (var p = 0; p < n; p++)
                    {
                        value[p] = Jaccard(p, s);
                    }
                }

                break;
            case MatchingCriteria.Availability:
                var hours = _seekerHours[s];
                for (var p = 0; p < n; p++)
                {
                    value[p] = CriterionRules.Availability(_providerHours[p], hours);
                }

                break;
            case MatchingCriteria.Proximity:
                var site = _seekerSite[s];
                var team = _seekerTeam[s];
                Span<double> combos = stackalloc double[4];
                for (var c = 0; c < 4; c++)
                {
                    combos[c] = _program is OnboardingBuddyProgram buddy
                        ? ProximityScorer.ProximityValue(buddy, (c & 1) != 0, (c & 2) != 0)
                        : (c & 1) != 0 ? 1 : 0;
                }

                for (var p = 0; p < n; p++)
                {
                    var sameSite = site >= 0 && _providerSite[p] == site ? 1 : 0;
                    var sameTeam = team >= 0 && _providerTeam[p] == team ? 2 : 0;
                    value[p] = combos[sameSite | sameTeam];
                }

                break;
            default:
                throw new InvalidOperationException($"no built-in scorer for {criterion}");
        }
    }

    private void GoalFit(int s, Span<double> value)
    {
        value.Clear();
        var total = _goalTotal[s];
        if (total == 0)
        {
            return;
        }

        var n = _providerCount;
        var reverse = _program as ReverseMentoringProgram;
        foreach (var (skill, priority, seekerLevel) in _seekerGoals[s])
        {
            if (reverse is not null)
            {
                for (var p = 0; p < n; p++)
                {
                    var level = skill < 0 ? 0 : _level[(skill * n) + p];
                    value[p] += priority * CriterionRules.GoalTerm(reverse, level, seekerLevel);
                }

                continue;
            }

            if (skill < 0)
            {
                // Nobody in the pool offers the skill: level 0 adds nothing.
                continue;
            }

            var row = _levelScaled.AsSpan(skill * n, n);
            var q = (double)priority;
            var i = 0;
            if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
            {
                var vq = new Vector<double>(q);
                for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
                {
                    (new Vector<double>(value[i..]) + (vq * new Vector<double>(row[i..]))).CopyTo(value[i..]);
                }
            }

            for (; i < n; i++)
            {
                value[i] += q * row[i];
            }
        }

        for (var p = 0; p < n; p++)
        {
            value[p] /= total;
        }
    }

    private double Jaccard(int p, int s)
    {
        int inter = 0, union = 0;
        var pb = p * _interestWords;
        var sb = s * _interestWords;
        for (var w = 0; w < _interestWords; w++)
        {
            var a = _providerInterests[pb + w];
            var b = _seekerInterests[sb + w];
            inter += BitOperations.PopCount(a & b);
            union += BitOperations.PopCount(a | b);
        }

        return union == 0 ? 0 : inter / (double)union;
    }

    private static bool Shares(ulong[] provider, ulong[] seeker, int words, int p, int s)
    {
        for (var w = 0; w < words; w++)
        {
            if ((provider[(p * words) + w] & seeker[(s * words) + w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Constraints(int s, Span<ConstraintKind> violation)
    {
        var seekerPerson = _seekerPerson[s];
        var sTin = _seekerTin[s];
        var sTout = _seekerTout[s];
        var zoneRow = _seekerZone[s] * _zoneCount;
        for (var p = 0; p < violation.Length; p++)
        {
            var kind = ConstraintKind.None;
            if (_providerPerson[p] == seekerPerson)
            {
                kind = ConstraintKind.SamePerson;
            }
            else if (_excludeChain && ((_providerTin[p] <= sTin && sTout <= _providerTout[p]) || (sTin <= _providerTin[p] && _providerTout[p] <= sTout)))
            {
                kind = ConstraintKind.ManagementChain;
            }
            else if (_requireLanguage && (_langWords == 1 ? (_providerLang[p] & _seekerLang[s]) == 0 : !Shares(_providerLang, _seekerLang, _langWords, p, s)))
            {
                kind = ConstraintKind.SharedLanguage;
            }
            else if (_minOverlap is not null && !_overlapOk[zoneRow + _providerZone[p]])
            {
                kind = ConstraintKind.TimeZoneOverlap;
            }

            if (kind != ConstraintKind.None)
            {
                violation[p] = kind;
            }
        }

        if (_program is ReverseMentoringProgram reverse)
        {
            for (var p = 0; p < violation.Length; p++)
            {
                if (violation[p] == ConstraintKind.None && _seekerSeniority[s] - _providerSeniority[p] < reverse.MinSeniorityGap)
                {
                    violation[p] = ConstraintKind.ProgramRule;
                }
            }
        }

        if (_pairRules.TryGetValue(s, out var rules))
        {
            foreach (var (p, kind) in rules)
            {
                if (violation[p] is ConstraintKind.None or ConstraintKind.ProgramRule)
                {
                    violation[p] = kind;
                }
            }
        }
    }

    private static ulong[] Bits(Participant[] people, Func<Participant, IReadOnlyList<string>> values, Dictionary<string, int> index, int words)
    {
        var bits = new ulong[people.Length * words];
        for (var i = 0; i < people.Length; i++)
        {
            foreach (var v in values(people[i]))
            {
                var b = index[v];
                bits[(i * words) + (b >> 6)] |= 1UL << (b & 63);
            }
        }

        return bits;
    }
}
