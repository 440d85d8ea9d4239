using System.Globalization;

namespace PeerLearning.Data;

/// <summary>Where each known column sits in one file's header, and how a row becomes a <see cref="Participant"/>.</summary>
internal sealed class ParticipantCsvLayout
{
    private readonly Dictionary<string, int> _index;
    private readonly List<(string Name, int Index)> _attributes;

    private ParticipantCsvLayout(Dictionary<string, int> index, List<(string Name, int Index)> attributes)
    {
        _index = index;
        _attributes = attributes;
    }

    public static ParticipantCsvLayout? FromHeader(string[] header, List<ValidationProblem> problems)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var attributes = new List<(string, int)>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (name.StartsWith(ParticipantCsvColumns.AttributePrefix, StringComparison.OrdinalIgnoreCase)
                && name.Length > ParticipantCsvColumns.AttributePrefix.Length)
            {
                attributes.Add((name[ParticipantCsvColumns.AttributePrefix.Length..], i));
            }
            else if (!ParticipantCsvColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new("(header)", name, $"unknown column '{name}'; known columns: {string.Join(", ", ParticipantCsvColumns.All)}, attribute:NAME") { Line = 1, Column = i + 1 });
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add(new("(header)", name, $"column '{name}' appears more than once") { Line = 1, Column = i + 1 });
            }
        }

        foreach (var required in new[] { ParticipantCsvColumns.Id, ParticipantCsvColumns.DisplayName })
        {
            if (!index.ContainsKey(required))
            {
                problems.Add(new("(header)", required, $"required column '{required}' is missing") { Line = 1 });
            }
        }

        return index.ContainsKey(ParticipantCsvColumns.Id) && index.ContainsKey(ParticipantCsvColumns.DisplayName)
            ? new ParticipantCsvLayout(index, attributes)
            : null;
    }

    public string? IdOf(string[] record) => Field(record, ParticipantCsvColumns.Id) is { Length: > 0 } id ? id : null;

    /// <summary>The 1-based column a validator field maps to, for example <c>skills[sql].level</c> → the skills column.</summary>
    public int? ColumnOf(string field)
    {
        var end = field.IndexOfAny(['[', '.']);
        var root = end < 0 ? field : field[..end];
        return _index.TryGetValue(root, out var i) ? i + 1 : null;
    }

    public Participant? Parse(string[] record, int line, List<ValidationProblem> problems)
    {
        var rowProblems = new RowProblems(this, IdOf(record) ?? $"row at line {line}", line, problems);
        var id = Field(record, ParticipantCsvColumns.Id);
        if (string.IsNullOrEmpty(id))
        {
            rowProblems.Add(ParticipantCsvColumns.Id, "must not be empty");
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, i) in _attributes)
        {
            if (i < record.Length && record[i].Length > 0)
            {
                attributes[name] = record[i];
            }
        }

        return new Participant
        {
            Id = id,
            DisplayName = Field(record, ParticipantCsvColumns.DisplayName) ?? string.Empty,
            Email = Optional(record, ParticipantCsvColumns.Email),
            Department = Optional(record, ParticipantCsvColumns.Department),
            Team = Optional(record, ParticipantCsvColumns.Team),
            ManagerId = Optional(record, ParticipantCsvColumns.ManagerId),
            Location = Optional(record, ParticipantCsvColumns.Location),
            TimeZone = Optional(record, ParticipantCsvColumns.TimeZone),
            Languages = List(record, ParticipantCsvColumns.Languages),
            SeniorityLevel = Integer(record, ParticipantCsvColumns.SeniorityLevel, rowProblems) ?? 0,
            HireDate = Date(record, ParticipantCsvColumns.HireDate, rowProblems),
            Skills = Pairs(record, ParticipantCsvColumns.Skills, defaultNumber: null, rowProblems).Select(p => new SkillProficiency(p.Name, p.Number)).ToList(),
            Goals = Pairs(record, ParticipantCsvColumns.Goals, defaultNumber: 3, rowProblems).Select(p => new LearningGoal(p.Name, p.Number)).ToList(),
            Interests = List(record, ParticipantCsvColumns.Interests),
            AvailabilityHoursPerMonth = Number(record, ParticipantCsvColumns.AvailabilityHoursPerMonth, rowProblems) ?? 0,
            Roles = Roles(record, rowProblems),
            Attributes = attributes,
        };
    }

    private string? Field(string[] record, string column) =>
        _index.TryGetValue(column, out var i) && i < record.Length ? record[i] : null;

    private string? Optional(string[] record, string column) => Field(record, column) is { Length: > 0 } value ? value : null;

    private List<string> List(string[] record, string column) =>
        Field(record, column) is { Length: > 0 } value
            ? value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
            : [];

    private int? Integer(string[] record, string column, RowProblems problems)
    {
        if (Optional(record, column) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(column, $"'{text}' is not a whole number");
        return null;
    }

    private double? Number(string[] record, string column, RowProblems problems)
    {
        if (Optional(record, column) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(column, $"'{text}' is not a number");
        return null;
    }

    private DateOnly? Date(string[] record, string column, RowProblems problems)
    {
        if (Optional(record, column) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(column, $"'{text}' is not a date in the form yyyy-MM-dd");
        return null;
    }

    private List<(string Name, int Number)> Pairs(string[] record, string column, int? defaultNumber, RowProblems problems)
    {
        var result = new List<(string, int)>();
        foreach (var item in List(record, column))
        {
            var colon = item.LastIndexOf(':');
            var name = (colon < 0 ? item : item[..colon]).Trim();
            var numberText = colon < 0 ? null : item[(colon + 1)..].Trim();
            if (name.Length == 0)
            {
                problems.Add(column, $"'{item}' has no name before ':'");
            }
            else if (numberText is null)
            {
                if (defaultNumber is { } d)
                {
                    result.Add((name, d));
                }
                else
                {
                    problems.Add(column, $"'{item}' needs a level, as in {name}:3");
                }
            }
            else if (int.TryParse(numberText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                result.Add((name, number));
            }
            else
            {
                problems.Add(column, $"'{item}': '{numberText}' is not a whole number");
            }
        }

        return result;
    }

    private List<RoleCapacity> Roles(string[] record, RowProblems problems)
    {
        var result = new List<RoleCapacity>();
        foreach (var (name, capacity) in Pairs(record, ParticipantCsvColumns.Roles, defaultNumber: 1, problems))
        {
            if (Enum.TryParse<ProgramRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(name, CultureInfo.InvariantCulture, out _))
            {
                result.Add(new RoleCapacity(role, capacity));
            }
            else
            {
                problems.Add(ParticipantCsvColumns.Roles, $"unknown role '{name}'; roles: {string.Join(", ", Enum.GetNames<ProgramRole>())}");
            }
        }

        return result;
    }

    /// <summary>Adds problems for one row, at its line and the column of the field.</summary>
    private sealed class RowProblems(ParticipantCsvLayout layout, string itemId, int line, List<ValidationProblem> problems)
    {
        public void Add(string column, string message) =>
            problems.Add(new(itemId, column, message) { Line = line, Column = layout.ColumnOf(column) });
    }
}
