namespace PeerLearning.Matching;

/// <summary>
/// Checks one pair against every hard constraint the plain way (walking manager ids, comparing lists). Used for
/// pinned pairs and to re-check every final match independently of the vectorized candidate generation.
/// </summary>
internal sealed class PairConstraintChecker(IReadOnlyList<Participant> population, ProgramDefinition program, DateOnly date, IReadOnlyList<MatchPair> forbidden)
{
    private readonly Dictionary<string, Participant> _byId = population.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _forbidden = [.. forbidden.Select(f => (f.ProviderId, f.SeekerId))];
    private readonly HashSet<(string, string)> _excluded = Unordered(program.Constraints.ExcludedPairs);
    private readonly HashSet<(string, string)> _prior = Unordered(program.Constraints.PriorPairings);

    public ConstraintKind Check(Participant provider, Participant seeker)
    {
        var c = program.Constraints;
        if (string.Equals(provider.Id, seeker.Id, StringComparison.Ordinal))
        {
            return ConstraintKind.SamePerson;
        }

        if (c.ExcludeManagementChain && (IsAbove(provider.Id, seeker) || IsAbove(seeker.Id, provider)))
        {
            return ConstraintKind.ManagementChain;
        }

        if (c.RequireSharedLanguage && !provider.Languages.Any(l => seeker.Languages.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            return ConstraintKind.SharedLanguage;
        }

        if (c.MinTimeZoneOverlapHours is { } min)
        {
            var on = program.AsOf ?? date;
            if (WorkingHoursOverlap.UtcOffsetHours(provider.TimeZone, on) is not { } a
                || WorkingHoursOverlap.UtcOffsetHours(seeker.TimeZone, on) is not { } b
                || WorkingHoursOverlap.Hours(a, b, c.WorkingHours) < min)
            {
                return ConstraintKind.TimeZoneOverlap;
            }
        }

        if (_forbidden.Contains((provider.Id, seeker.Id)))
        {
            return ConstraintKind.AdminForbidden;
        }

        if (_excluded.Contains((provider.Id, seeker.Id)))
        {
            return ConstraintKind.ExcludedPair;
        }

        if (c.NoRepeatPairings && _prior.Contains((provider.Id, seeker.Id)))
        {
            return ConstraintKind.PriorPairing;
        }

        if (program is ReverseMentoringProgram r)
        {
            var gapOk = seeker.SeniorityLevel - provider.SeniorityLevel >= r.MinSeniorityGap;
            var advantage = seeker.Goals.Any(g => provider.ProficiencyIn(g.Skill) - seeker.ProficiencyIn(g.Skill) >= r.MinSkillAdvantage);
            if (!gapOk || !advantage)
            {
                return ConstraintKind.ProgramRule;
            }
        }

        return ConstraintKind.None;
    }

    private static HashSet<(string, string)> Unordered(IReadOnlyList<ParticipantPair> pairs)
    {
        var set = new HashSet<(string, string)>();
        foreach (var pair in pairs)
        {
            set.Add((pair.FirstId, pair.SecondId));
            set.Add((pair.SecondId, pair.FirstId));
        }

        return set;
    }

    private bool IsAbove(string managerId, Participant person)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = person.ManagerId;
        while (current is not null && seen.Add(current))
        {
            if (string.Equals(current, managerId, StringComparison.Ordinal))
            {
                return true;
            }

            current = _byId.TryGetValue(current, out var m) ? m.ManagerId : null;
        }

        return false;
    }
}
