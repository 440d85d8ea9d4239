using System.Globalization;

namespace PeerLearning;

/// <summary>
/// A condition a participant must meet to take part in a program in a role, for example
/// "mentors need seniority at least 3" or "newcomers are in department Engineering".
/// </summary>
/// <remarks>
/// Fields: <c>department</c>, <c>team</c>, <c>location</c>, <c>timeZone</c>, <c>language</c> (a list),
/// <c>seniority</c> (number), <c>tenureMonths</c> (number; unknown hire date never qualifies),
/// <c>availability</c> (hours per month), and <c>attribute:NAME</c> for a free attribute.
/// </remarks>
/// <param name="Role">The role the rule applies to; null for every role.</param>
/// <param name="Field">The participant field the rule reads.</param>
/// <param name="Operator">How the field is compared.</param>
/// <param name="Values">The values to compare with; numeric operators take exactly one number.</param>
public sealed record EligibilityRule(ProgramRole? Role, string Field, EligibilityOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>The prefix of a field that reads a free attribute.</summary>
    public const string AttributePrefix = "attribute:";

    private static readonly string[] TextFields = ["department", "team", "location", "timeZone", "language"];
    private static readonly string[] NumericFields = ["seniority", "tenureMonths", "availability"];

    /// <summary>Whether <paramref name="field"/> is a field rules can read.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>True for a known field or a non-empty <c>attribute:NAME</c>.</returns>
    public static bool IsKnownField(string field) =>
        TextFields.Contains(field, StringComparer.Ordinal)
        || NumericFields.Contains(field, StringComparer.Ordinal)
        || (field.StartsWith(AttributePrefix, StringComparison.Ordinal) && field.Length > AttributePrefix.Length);

    /// <summary>Whether <paramref name="field"/> holds a number.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>True for the numeric fields.</returns>
    public static bool IsNumericField(string field) => NumericFields.Contains(field, StringComparer.Ordinal);

    /// <summary>Whether the rule applies to <paramref name="role"/>.</summary>
    /// <param name="role">The role a participant would take.</param>
    /// <returns>True when the rule has no role or names this one.</returns>
    public bool AppliesTo(ProgramRole role) => Role is null || Role == role;

    /// <summary>Whether <paramref name="participant"/> meets this rule on <paramref name="asOf"/>.</summary>
    /// <param name="participant">The participant to test.</param>
    /// <param name="asOf">The date tenure is measured at.</param>
    /// <returns>True when the participant qualifies.</returns>
    public bool IsMetBy(Participant participant, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (IsNumericField(Field))
        {
            double? actual = Field switch
            {
                "seniority" => participant.SeniorityLevel,
                "tenureMonths" => participant.TenureMonths(asOf),
                _ => participant.AvailabilityHoursPerMonth,
            };
            if (actual is not { } value || Values.Count != 1
                || !double.TryParse(Values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var limit))
            {
                return false;
            }

            return Operator switch
            {
                EligibilityOperator.AtLeast => value >= limit,
                EligibilityOperator.AtMost => value <= limit,
                EligibilityOperator.In => value == limit,
                _ => value != limit,
            };
        }

        var actualValues = Field switch
        {
            "department" => One(participant.Department),
            "team" => One(participant.Team),
            "location" => One(participant.Location),
            "timeZone" => One(participant.TimeZone),
            "language" => participant.Languages,
            _ when Field.StartsWith(AttributePrefix, StringComparison.Ordinal) =>
                One(participant.Attributes.TryGetValue(Field[AttributePrefix.Length..], out var v) ? v : null),
            _ => [],
        };
        var any = actualValues.Any(a => Values.Contains(a, StringComparer.OrdinalIgnoreCase));
        return Operator switch
        {
            EligibilityOperator.In => any,
            EligibilityOperator.NotIn => !any,
            _ => false,
        };
    }

    private static IReadOnlyList<string> One(string? value) => value is null ? [] : [value];
}
