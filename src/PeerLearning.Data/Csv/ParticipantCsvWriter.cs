using System.Globalization;
using CsvHelper;

namespace PeerLearning.Data;

/// <summary>Writes participants as the CSV that <see cref="ParticipantCsvReader"/> reads, attribute columns sorted by name.</summary>
public static class ParticipantCsvWriter
{
    /// <summary>Writes a header row and one row per participant.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="participants">The participants.</param>
    public static void Write(TextWriter writer, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(participants);
        var attributeNames = participants.SelectMany(p => p.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in ParticipantCsvColumns.All)
        {
            csv.WriteField(column);
        }

        foreach (var name in attributeNames)
        {
            csv.WriteField(ParticipantCsvColumns.AttributePrefix + name);
        }

        csv.NextRecord();
        foreach (var p in participants)
        {
            csv.WriteField(p.Id);
            csv.WriteField(p.DisplayName);
            csv.WriteField(p.Email);
            csv.WriteField(p.Department);
            csv.WriteField(p.Team);
            csv.WriteField(p.ManagerId);
            csv.WriteField(p.Location);
            csv.WriteField(p.TimeZone);
            csv.WriteField(string.Join(';', p.Languages));
            csv.WriteField(p.SeniorityLevel.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(p.HireDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(';', p.Skills.Select(s => FormattableString.Invariant($"{s.Skill}:{s.Level}"))));
            csv.WriteField(string.Join(';', p.Goals.Select(g => FormattableString.Invariant($"{g.Skill}:{g.Priority}"))));
            csv.WriteField(string.Join(';', p.Interests));
            csv.WriteField(p.AvailabilityHoursPerMonth.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(';', p.Roles.Select(r => FormattableString.Invariant($"{ToCamel(r.Role)}:{r.Capacity}"))));
            foreach (var name in attributeNames)
            {
                csv.WriteField(p.Attributes.TryGetValue(name, out var value) ? value : null);
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    private static string ToCamel(ProgramRole role)
    {
        var name = role.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }
}
