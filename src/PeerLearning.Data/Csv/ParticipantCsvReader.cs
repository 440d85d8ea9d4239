using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace PeerLearning.Data;

/// <summary>
/// Reads participants from an HRIS-style CSV export with a header row (columns in <see cref="ParticipantCsvColumns"/>).
/// It reads the whole file and collects every problem with its line and column, then runs
/// <see cref="PeerLearningValidator"/> and places each finding at the participant's line.
/// </summary>
public static class ParticipantCsvReader
{
    /// <summary>Reads participants and every problem found.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The participants and problems, problems ordered by line.</returns>
    public static ParticipantImport Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var csv = new CsvReader(reader, config);
        var problems = new List<ValidationProblem>();
        var participants = new List<Participant>();
        var lines = new List<int>();

        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            problems.Add(new("(file)", "(header)", "the file is empty: expected a header row") { Line = 1 });
            return new ParticipantImport(participants, problems);
        }

        var layout = ParticipantCsvLayout.FromHeader(header, problems);
        if (layout is null)
        {
            return new ParticipantImport(participants, problems);
        }

        while (csv.Read())
        {
            var line = StartLine(csv.Parser);
            var record = csv.Parser.Record ?? [];
            if (record.Length != header.Length)
            {
                var id = layout.IdOf(record) ?? $"row at line {line}";
                problems.Add(new(id, "(row)", $"has {record.Length} fields, the header has {header.Length}") { Line = line });
            }

            if (layout.Parse(record, line, problems) is { } participant)
            {
                participants.Add(participant);
                lines.Add(line);
            }
        }

        // Semantic checks (duplicates, unknown managers, cycles, ranges...) at the line of the item they name,
        // unless the same field of the same row already has a format problem.
        var formatProblemCells = problems.Where(p => p.Column is not null).Select(p => (p.Line, p.Column)).ToHashSet();
        foreach (var problem in PeerLearningValidator.Validate(participants))
        {
            int? line = problem.ItemIndex is { } index ? lines[index] : null;
            var column = layout.ColumnOf(problem.Field);
            if (column is null || !formatProblemCells.Contains((line, column)))
            {
                problems.Add(problem with { Line = line, Column = column });
            }
        }

        // A stable sort keeps the order found within a line.
        var ordered = problems.OrderBy(p => p.Line ?? int.MaxValue).ThenBy(p => p.Column ?? 0).ToList();
        return new ParticipantImport(participants, ordered);
    }

    /// <summary>Reads participants from a CSV file (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The participants and problems.</returns>
    public static ParticipantImport ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    private static int StartLine(IParser parser)
    {
        // RawRow is the last physical line of the record; a quoted field can span lines.
        var raw = parser.RawRecord.AsSpan().TrimEnd("\r\n");
        return parser.RawRow - raw.Count('\n');
    }
}
