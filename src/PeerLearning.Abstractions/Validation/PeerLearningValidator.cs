using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Mail;
using System.Text.Json;

namespace PeerLearning;

/// <summary>
/// Checks participants and programs and reports every problem at once, each naming the item and field,
/// so a person can fix a whole file in one pass. Engines call it and refuse to run on invalid input.
/// </summary>
public static class PeerLearningValidator
{
    private static readonly ConcurrentDictionary<string, bool> KnownTimeZones = new(StringComparer.Ordinal);

    /// <summary>Checks a population of participants on its own.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>Every problem found, in input order; empty when valid.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var problems = new List<ValidationProblem>();
        var byId = new Dictionary<string, Participant>(participants.Count, StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            var firstOfItem = problems.Count;
            if (p is null)
            {
                problems.Add(new($"#{i + 1}", "(participant)", "must not be null") { ItemIndex = i });
                continue;
            }

            var itemId = string.IsNullOrWhiteSpace(p.Id) ? $"#{i + 1}" : p.Id;
            if (string.IsNullOrWhiteSpace(p.Id))
            {
                problems.Add(new(itemId, "id", "must not be empty"));
            }
            else if (!byId.TryAdd(p.Id, p))
            {
                problems.Add(new(itemId, "id", $"duplicate id: participant #{i + 1} repeats the id of an earlier participant"));
            }

            CheckParticipantFields(p, itemId, problems);
            for (var k = firstOfItem; k < problems.Count; k++)
            {
                problems[k] = problems[k] with { ItemIndex = i };
            }
        }

        var managerStart = problems.Count;
        CheckManagers(participants, byId, problems);
        var indexOf = new Dictionary<string, int>(participants.Count, StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            if (participants[i]?.Id is { } id)
            {
                indexOf.TryAdd(id, i);
            }
        }

        for (var k = managerStart; k < problems.Count; k++)
        {
            if (indexOf.TryGetValue(problems[k].ItemId, out var index))
            {
                problems[k] = problems[k] with { ItemIndex = index };
            }
        }

        return problems;
    }

    /// <summary>Checks a program definition on its own.</summary>
    /// <param name="program">The program.</param>
    /// <returns>Every problem found; empty when valid.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(ProgramDefinition program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var problems = new List<ValidationProblem>();
        var itemId = string.IsNullOrWhiteSpace(program.Id) ? "(program)" : program.Id;
        if (string.IsNullOrWhiteSpace(program.Id))
        {
            problems.Add(new(itemId, "id", "must not be empty"));
        }

        if (string.IsNullOrWhiteSpace(program.Name))
        {
            problems.Add(new(itemId, "name", "must not be empty"));
        }

        var anyPositive = false;
        foreach (var (criterion, weight) in program.Weights)
        {
            if (!double.IsFinite(weight))
            {
                problems.Add(new(itemId, $"weights.{criterion}", $"must be a finite number, was {weight.ToString(CultureInfo.InvariantCulture)}"));
            }
            else if (weight < 0)
            {
                problems.Add(new(itemId, $"weights.{criterion}", $"must not be negative, was {weight.ToString(CultureInfo.InvariantCulture)}"));
            }
            else if (weight > 0)
            {
                anyPositive = true;
            }
        }

        if (program.Weights.Count > 0 && !anyPositive)
        {
            problems.Add(new(itemId, "weights", "at least one weight must be positive"));
        }

        for (var i = 0; i < program.Eligibility.Count; i++)
        {
            CheckRule(program.Eligibility[i], itemId, $"eligibility[{i}]", problems);
        }

        CheckConstraints(program.Constraints, itemId, problems);
        foreach (var (field, message) in program.CheckSettings())
        {
            problems.Add(new(itemId, JsonNamingPolicy.CamelCase.ConvertName(field), message));
        }

        return problems;
    }

    /// <summary>
    /// Checks participants, the program and how they fit together: ids the program names must exist and
    /// every role of the program must have at least one eligible participant (an empty program).
    /// </summary>
    /// <param name="participants">The participants.</param>
    /// <param name="program">The program.</param>
    /// <param name="asOf">The date eligibility is measured at, when the program sets none.</param>
    /// <returns>Every problem found; empty when valid.</returns>
    public static IReadOnlyList<ValidationProblem> Validate(IReadOnlyList<Participant> participants, ProgramDefinition program, DateOnly asOf)
    {
        var problems = new List<ValidationProblem>(Validate(participants));
        problems.AddRange(Validate(program));
        var itemId = string.IsNullOrWhiteSpace(program.Id) ? "(program)" : program.Id;
        var ids = new HashSet<string>(participants.Where(p => p is not null).Select(p => p.Id), StringComparer.Ordinal);
        CheckPairIds(program.Constraints.ExcludedPairs, "constraints.excludedPairs", itemId, ids, problems);
        CheckPairIds(program.Constraints.PriorPairings, "constraints.priorPairings", itemId, ids, problems);

        var date = program.AsOf ?? asOf;
        foreach (var role in program.ParticipatingRoles)
        {
            if (!participants.Any(p => p is not null && program.IsEligible(p, role, date)))
            {
                problems.Add(new(itemId, "participants", $"empty program: no participant is eligible for role {role}"));
            }
        }

        return problems;
    }

    /// <summary>Throws <see cref="PeerLearningValidationException"/> with every problem when the input is invalid.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="program">The program.</param>
    /// <param name="asOf">The date eligibility is measured at, when the program sets none.</param>
    /// <exception cref="PeerLearningValidationException">The input has at least one problem.</exception>
    public static void ThrowIfInvalid(IReadOnlyList<Participant> participants, ProgramDefinition program, DateOnly asOf) =>
        PeerLearningValidationException.ThrowIfAny(Validate(participants, program, asOf));

    /// <summary>Throws <see cref="PeerLearningValidationException"/> with every problem when the participants are invalid.</summary>
    /// <param name="participants">The participants.</param>
    /// <exception cref="PeerLearningValidationException">The input has at least one problem.</exception>
    public static void ThrowIfInvalid(IReadOnlyList<Participant> participants) =>
        PeerLearningValidationException.ThrowIfAny(Validate(participants));

    /// <summary>Whether <paramref name="timeZoneId"/> names a time zone this machine knows (IANA ids on every OS).</summary>
    /// <param name="timeZoneId">The id to look up.</param>
    /// <returns>True when the time zone exists.</returns>
    public static bool IsKnownTimeZone(string timeZoneId) =>
        KnownTimeZones.GetOrAdd(timeZoneId, static id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _));

    private static void CheckParticipantFields(Participant p, string itemId, List<ValidationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(p.DisplayName))
        {
            problems.Add(new(itemId, "displayName", "must not be empty"));
        }

        if (p.Email is { } email && !MailAddress.TryCreate(email, out _))
        {
            problems.Add(new(itemId, "email", $"is not an e-mail address: '{email}'"));
        }

        if (p.TimeZone is { } zone && !IsKnownTimeZone(zone))
        {
            problems.Add(new(itemId, "timeZone", $"unknown time zone '{zone}' (use an IANA id such as Europe/Berlin)"));
        }

        if (p.SeniorityLevel < 0)
        {
            problems.Add(new(itemId, "seniorityLevel", $"must not be negative, was {p.SeniorityLevel}"));
        }

        if (!double.IsFinite(p.AvailabilityHoursPerMonth) || p.AvailabilityHoursPerMonth < 0)
        {
            problems.Add(new(itemId, "availabilityHoursPerMonth", $"must be a finite number, zero or more, was {p.AvailabilityHoursPerMonth.ToString(CultureInfo.InvariantCulture)}"));
        }

        for (var i = 0; i < p.Languages.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(p.Languages[i]))
            {
                problems.Add(new(itemId, $"languages[{i}]", "must not be empty"));
            }
        }

        var skills = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < p.Skills.Count; i++)
        {
            var s = p.Skills[i];
            if (string.IsNullOrWhiteSpace(s.Skill))
            {
                problems.Add(new(itemId, $"skills[{i}].skill", "must not be empty"));
                continue;
            }

            if (!skills.Add(s.Skill))
            {
                problems.Add(new(itemId, $"skills[{s.Skill}]", "is listed more than once"));
            }

            if (s.Level is < SkillProficiency.MinLevel or > SkillProficiency.MaxLevel)
            {
                problems.Add(new(itemId, $"skills[{s.Skill}].level", $"must be from {SkillProficiency.MinLevel} to {SkillProficiency.MaxLevel}, was {s.Level}"));
            }
        }

        for (var i = 0; i < p.Goals.Count; i++)
        {
            var g = p.Goals[i];
            if (string.IsNullOrWhiteSpace(g.Skill))
            {
                problems.Add(new(itemId, $"goals[{i}].skill", "must not be empty"));
            }
            else if (g.Priority is < LearningGoal.MinPriority or > LearningGoal.MaxPriority)
            {
                problems.Add(new(itemId, $"goals[{g.Skill}].priority", $"must be from {LearningGoal.MinPriority} to {LearningGoal.MaxPriority}, was {g.Priority}"));
            }
        }

        var roles = new HashSet<ProgramRole>();
        foreach (var r in p.Roles)
        {
            var field = $"roles[{JsonNamingPolicy.CamelCase.ConvertName(r.Role.ToString())}]";
            if (!Enum.IsDefined(r.Role))
            {
                problems.Add(new(itemId, "roles", $"unknown role {(int)r.Role}"));
            }
            else if (!roles.Add(r.Role))
            {
                problems.Add(new(itemId, field, "is listed more than once"));
            }

            if (r.Capacity < 0)
            {
                problems.Add(new(itemId, $"{field}.capacity", $"must not be negative, was {r.Capacity}"));
            }
        }
    }

    private static void CheckManagers(IReadOnlyList<Participant> participants, Dictionary<string, Participant> byId, List<ValidationProblem> problems)
    {
        foreach (var p in participants)
        {
            if (p?.ManagerId is { } managerId && !string.IsNullOrWhiteSpace(p.Id) && !byId.ContainsKey(managerId))
            {
                problems.Add(new(p.Id, "managerId", $"unknown manager id '{managerId}'"));
            }
        }

        // Walk up from each person; a walk that meets itself is a cycle. Each cycle is reported once.
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in participants)
        {
            if (start is null || string.IsNullOrWhiteSpace(start.Id) || done.Contains(start.Id))
            {
                continue;
            }

            path.Clear();
            onPath.Clear();
            string? current = start.Id;
            while (current is not null && !done.Contains(current) && byId.TryGetValue(current, out var person))
            {
                if (onPath.TryGetValue(current, out var at))
                {
                    var cycle = path.Skip(at).ToList();
                    problems.Add(new(cycle[0], "managerId", $"management cycle: {string.Join(" -> ", cycle)} -> {cycle[0]}"));
                    break;
                }

                onPath[current] = path.Count;
                path.Add(current);
                current = person.ManagerId;
            }

            done.UnionWith(path);
        }
    }

    private static void CheckRule(EligibilityRule rule, string itemId, string field, List<ValidationProblem> problems)
    {
        if (rule is null)
        {
            problems.Add(new(itemId, field, "must not be null"));
            return;
        }

        if (!EligibilityRule.IsKnownField(rule.Field))
        {
            problems.Add(new(itemId, $"{field}.field", $"unknown field '{rule.Field}'"));
            return;
        }

        if (rule.Values is null || rule.Values.Count == 0)
        {
            problems.Add(new(itemId, $"{field}.values", "must list at least one value"));
            return;
        }

        var numericOperator = rule.Operator is EligibilityOperator.AtLeast or EligibilityOperator.AtMost;
        if (numericOperator && !EligibilityRule.IsNumericField(rule.Field))
        {
            problems.Add(new(itemId, $"{field}.operator", $"{rule.Operator} needs a numeric field, '{rule.Field}' is text"));
        }

        if (EligibilityRule.IsNumericField(rule.Field))
        {
            if (rule.Values.Count != 1 || !double.TryParse(rule.Values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) || !double.IsFinite(limit))
            {
                problems.Add(new(itemId, $"{field}.values", $"numeric field '{rule.Field}' needs exactly one finite number"));
            }
        }
    }

    private static void CheckConstraints(HardConstraints constraints, string itemId, List<ValidationProblem> problems)
    {
        if (constraints.MinTimeZoneOverlapHours is { } overlap && (!double.IsFinite(overlap) || overlap < 0 || overlap > 24))
        {
            problems.Add(new(itemId, "constraints.minTimeZoneOverlapHours", $"must be from 0 to 24 hours, was {overlap.ToString(CultureInfo.InvariantCulture)}"));
        }

        var hours = constraints.WorkingHours;
        if (hours.StartHour is < 0 or > 23 || hours.EndHour is < 1 or > 24 || hours.EndHour <= hours.StartHour)
        {
            problems.Add(new(itemId, "constraints.workingHours", $"must satisfy 0 <= startHour < endHour <= 24, was {hours.StartHour}-{hours.EndHour}"));
        }
    }

    private static void CheckPairIds(IReadOnlyList<ParticipantPair> pairs, string field, string itemId, HashSet<string> ids, List<ValidationProblem> problems)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            foreach (var id in new[] { pairs[i].FirstId, pairs[i].SecondId })
            {
                if (!ids.Contains(id))
                {
                    problems.Add(new(itemId, $"{field}[{i}]", $"unknown participant id '{id}'"));
                }
            }
        }
    }
}
