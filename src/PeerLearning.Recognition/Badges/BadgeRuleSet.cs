using System.Globalization;
using System.Text.Json;

namespace PeerLearning.Recognition;

/// <summary>
/// The badges of an organization, usually loaded from JSON with <see cref="Parse"/>. See the package README for
/// the format; every problem in a file is reported at once, naming the badge and the field.
/// </summary>
public sealed record BadgeRuleSet
{
    /// <summary>The badges.</summary>
    public required IReadOnlyList<BadgeDefinition> Badges { get; init; }

    /// <summary>The IANA time zone that defines weeks for streaks. Default <c>UTC</c>.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>Checks ids, event kinds, numbers, prerequisites (known, no cycles) and the time zone; returns every problem.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (!PeerLearningValidator.IsKnownTimeZone(TimeZoneId))
        {
            problems.Add(new("(rules)", "timeZoneId", $"unknown time zone '{TimeZoneId}' (use an IANA id such as Europe/Berlin)"));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in Badges)
        {
            if (!ids.Add(b.Id))
            {
                problems.Add(new(b.Id, "id", "duplicate badge id"));
            }
        }

        foreach (var b in Badges)
        {
            if (string.IsNullOrWhiteSpace(b.Name))
            {
                problems.Add(new(b.Id, "name", "must not be empty"));
            }

            if (b.Points < 0)
            {
                problems.Add(new(b.Id, "points", $"must not be negative, was {b.Points}"));
            }

            if (b.ExpiresAfter is { } after && after <= TimeSpan.Zero)
            {
                problems.Add(new(b.Id, "expiry.afterDays", "must be positive"));
            }

            if (b.Criteria is ManualAwardCriterion manual && manual.Roles.Count == 0)
            {
                problems.Add(new(b.Id, "criteria.roles", "must name at least one role that may award the badge"));
            }

            CheckCriterion(b.Id, b.Criteria, "criteria", ids, topLevel: true, problems);
        }

        problems.AddRange(PrerequisiteGraph.FindCycles(Badges));
        return problems;
    }

    /// <summary>Reads a rule set from JSON and validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="PeerLearningValidationException">The JSON is malformed or the rules are invalid; every problem is listed.</exception>
    public static BadgeRuleSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new PeerLearningValidationException([new ValidationProblem("(rules)", "(json)", ex.Message) { Line = (int?)ex.LineNumber + 1 }]);
        }

        using (document)
        {
            var problems = new List<ValidationProblem>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("badges", out var badgesElement) || badgesElement.ValueKind != JsonValueKind.Array)
            {
                throw new PeerLearningValidationException("(rules)", "badges", "the file must be an object with a 'badges' array");
            }

            var timeZone = root.TryGetProperty("timeZoneId", out var tz) && tz.ValueKind == JsonValueKind.String ? tz.GetString()! : "UTC";
            var badges = new List<BadgeDefinition>();
            var index = 0;
            foreach (var b in badgesElement.EnumerateArray())
            {
                var item = $"badges[{index++}]";
                if (b.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new(item, "(badge)", "must be an object"));
                    continue;
                }

                var id = String(b, "id");
                if (string.IsNullOrWhiteSpace(id))
                {
                    problems.Add(new(item, "id", "must not be empty"));
                }
                else
                {
                    item = id;
                }

                var criteria = b.TryGetProperty("criteria", out var c) ? ReadCriterion(item, c, "criteria", problems) : null;
                if (criteria is null && !b.TryGetProperty("criteria", out _))
                {
                    problems.Add(new(item, "criteria", "is required"));
                }

                TimeSpan? after = null;
                DateTimeOffset? at = null;
                if (b.TryGetProperty("expiry", out var expiry))
                {
                    after = Days(item, expiry, "afterDays", "expiry.afterDays", problems);
                    if (expiry.TryGetProperty("at", out var atElement))
                    {
                        if (atElement.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(atElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                        {
                            at = parsed;
                        }
                        else
                        {
                            problems.Add(new(item, "expiry.at", "must be an ISO 8601 date and time"));
                        }
                    }
                }

                Uri? image = null;
                if (String(b, "image") is { } imageText && !Uri.TryCreate(imageText, UriKind.Absolute, out image))
                {
                    problems.Add(new(item, "image", $"is not an absolute URL: '{imageText}'"));
                }

                if (criteria is null || string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                badges.Add(new BadgeDefinition
                {
                    Id = id,
                    Name = String(b, "name") ?? string.Empty,
                    Description = String(b, "description") ?? string.Empty,
                    CriteriaNarrative = String(b, "criteriaNarrative") ?? string.Empty,
                    Image = image,
                    Criteria = criteria,
                    Repeatable = b.TryGetProperty("repeatable", out var r) && r.ValueKind == JsonValueKind.True,
                    Points = Int(item, b, "points", "points", problems) ?? 0,
                    ExpiresAfter = after,
                    ExpiresAt = at,
                });
            }

            var set = new BadgeRuleSet { Badges = badges, TimeZoneId = timeZone };
            problems.AddRange(set.Validate());
            PeerLearningValidationException.ThrowIfAny(problems);
            return set;
        }
    }

    private static BadgeCriterion? ReadCriterion(string item, JsonElement c, string path, List<ValidationProblem> problems)
    {
        if (c.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new(item, path, "must be an object"));
            return null;
        }

        var type = String(c, "type");
        var kind = String(c, "event") ?? string.Empty;
        switch (type)
        {
            case "count":
                return new EventCountCriterion(kind, Int(item, c, "atLeast", path + ".atLeast", problems, required: true) ?? 1, Days(item, c, "withinDays", path + ".withinDays", problems));
            case "first":
                return new FirstTimeCriterion(kind);
            case "streak":
                return new StreakCriterion(kind, Int(item, c, "weeks", path + ".weeks", problems, required: true) ?? 1, Int(item, c, "perWeek", path + ".perWeek", problems) ?? 1);
            case "score":
                var min = c.TryGetProperty("minAverage", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : double.NaN;
                if (double.IsNaN(min))
                {
                    problems.Add(new(item, path + ".minAverage", "is required and must be a number"));
                }

                return new ScoreThresholdCriterion(kind, min, Int(item, c, "minCount", path + ".minCount", problems) ?? 1, Days(item, c, "withinDays", path + ".withinDays", problems));
            case "badge":
                return new PrerequisiteBadgeCriterion(String(c, "badgeId") ?? string.Empty);
            case "all":
            case "any":
                if (!c.TryGetProperty("criteria", out var inner) || inner.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(new(item, path + ".criteria", "must be an array"));
                    return null;
                }

                var list = new List<BadgeCriterion>();
                var i = 0;
                foreach (var x in inner.EnumerateArray())
                {
                    if (ReadCriterion(item, x, $"{path}.criteria[{i++}]", problems) is { } parsed)
                    {
                        list.Add(parsed);
                    }
                }

                return type == "all" ? new AllOfCriterion(list) : new AnyOfCriterion(list);
            case "manual":
                var roles = c.TryGetProperty("roles", out var rs) && rs.ValueKind == JsonValueKind.Array
                    ? rs.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                    : [];
                return new ManualAwardCriterion(roles);
            default:
                problems.Add(new(item, path + ".type", $"unknown criterion type '{type}' (use count, first, streak, score, badge, all, any or manual)"));
                return null;
        }
    }

    private static void CheckCriterion(string item, BadgeCriterion criterion, string path, HashSet<string> ids, bool topLevel, List<ValidationProblem> problems)
    {
        void Kind(string kind)
        {
            if (!BadgeEventKinds.IsKnown(kind))
            {
                problems.Add(new(item, path + ".event", $"unknown event kind '{kind}' (use one of: {string.Join(", ", BadgeEventKinds.All)})"));
            }
        }

        void Positive(int value, string field)
        {
            if (value < 1)
            {
                problems.Add(new(item, $"{path}.{field}", $"must be 1 or more, was {value}"));
            }
        }

        void Window(TimeSpan? within)
        {
            if (within is { } w && w <= TimeSpan.Zero)
            {
                problems.Add(new(item, path + ".withinDays", "must be positive"));
            }
        }

        switch (criterion)
        {
            case EventCountCriterion c:
                Kind(c.EventKind);
                Positive(c.AtLeast, "atLeast");
                Window(c.Within);
                break;
            case FirstTimeCriterion f:
                Kind(f.EventKind);
                break;
            case StreakCriterion s:
                Kind(s.EventKind);
                Positive(s.Weeks, "weeks");
                Positive(s.PerWeek, "perWeek");
                break;
            case ScoreThresholdCriterion sc:
                Kind(sc.EventKind);
                Positive(sc.MinCount, "minCount");
                Window(sc.Within);
                if (!double.IsFinite(sc.MinAverage))
                {
                    problems.Add(new(item, path + ".minAverage", "must be a finite number"));
                }

                break;
            case PrerequisiteBadgeCriterion p:
                if (!ids.Contains(p.BadgeId))
                {
                    problems.Add(new(item, path + ".badgeId", $"unknown badge '{p.BadgeId}'"));
                }
                else if (p.BadgeId == item)
                {
                    problems.Add(new(item, path + ".badgeId", "a badge cannot require itself"));
                }

                break;
            case AllOfCriterion all:
                CheckList(all.Criteria);
                break;
            case AnyOfCriterion any:
                CheckList(any.Criteria);
                break;
            case ManualAwardCriterion when !topLevel:
                problems.Add(new(item, path, "a manual criterion must be the badge's only criterion"));
                break;
        }

        void CheckList(IReadOnlyList<BadgeCriterion> list)
        {
            if (list.Count == 0)
            {
                problems.Add(new(item, path + ".criteria", "must list at least one criterion"));
            }

            for (var i = 0; i < list.Count; i++)
            {
                CheckCriterion(item, list[i], $"{path}.criteria[{i}]", ids, topLevel: false, problems);
            }
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(string item, JsonElement e, string name, string path, List<ValidationProblem> problems, bool required = false)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            if (required)
            {
                problems.Add(new(item, path, "is required"));
            }

            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var value))
        {
            return value;
        }

        problems.Add(new(item, path, "must be a whole number"));
        return null;
    }

    private static TimeSpan? Days(string item, JsonElement e, string name, string path, List<ValidationProblem> problems)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var days) && days > 0 && double.IsFinite(days))
        {
            return TimeSpan.FromDays(days);
        }

        problems.Add(new(item, path, "must be a positive number of days"));
        return null;
    }
}
