using System.Globalization;
using System.Text.RegularExpressions;

namespace PeerLearning.Xapi;

/// <summary>
/// An xAPI timestamp: the exact text (so statements round-trip unchanged) and its instant. Created from a
/// <see cref="DateTimeOffset"/> it is written as RFC 3339 in UTC with millisecond precision (100 ns when finer).
/// </summary>
public readonly partial struct XapiTimestamp : IEquatable<XapiTimestamp>
{
    private XapiTimestamp(string text, DateTimeOffset value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The ISO 8601 text as written or read.</summary>
    public string Text { get; }

    /// <summary>The instant (a missing zone is taken as UTC).</summary>
    public DateTimeOffset Value { get; }

    /// <summary>True when the text carries the offset <c>-00:00</c> (invalid in xAPI 2.0 and in ISO 8601).</summary>
    public bool HasNegativeZeroOffset => Text.EndsWith("-00:00", StringComparison.Ordinal) || Text.EndsWith("-0000", StringComparison.Ordinal) || Text.EndsWith("-00", StringComparison.Ordinal);

    /// <summary>True when the text ends with a zone designator (Z or an offset).</summary>
    public bool HasZone => Text.Length > 10 && (Text[^1] == 'Z' || ZoneSuffix().IsMatch(Text));

    /// <summary>A timestamp for <paramref name="value"/>, as RFC 3339 UTC text with at least millisecond precision.</summary>
    public static XapiTimestamp FromDateTimeOffset(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var format = utc.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
        return new XapiTimestamp(utc.ToString(format, CultureInfo.InvariantCulture), utc);
    }

    /// <summary>Parses ISO 8601 extended or basic date-time text.</summary>
    public static bool TryParse(string? text, out XapiTimestamp timestamp)
    {
        timestamp = default;
        if (text is null)
        {
            return false;
        }

        var match = Extended().Match(text);
        if (!match.Success)
        {
            match = Basic().Match(text);
            if (!match.Success)
            {
                return false;
            }
        }

        int G(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var zone = match.Groups["z"].Value;
        if (zone.StartsWith('-') && zone.Trim('-', '0', ':').Length == 0)
        {
            return false;
        }

        try
        {
            var offset = TimeSpan.Zero;
            if (zone.Length > 1)
            {
                var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
                var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var minutes = digits.Length >= 5 ? int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture) : 0;
                offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
            }

            var value = new DateTimeOffset(G("y"), G("mo"), G("d"), G("h"), G("mi"), G("s"), offset);
            var fraction = match.Groups["f"].Value;
            if (fraction.Length > 0)
            {
                var padded = fraction.Length >= 7 ? fraction[..7] : fraction.PadRight(7, '0');
                value = value.AddTicks(long.Parse(padded, CultureInfo.InvariantCulture));
            }

            timestamp = new XapiTimestamp(text, value);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>Parses ISO 8601 text or throws <see cref="FormatException"/>.</summary>
    public static XapiTimestamp Parse(string text) =>
        TryParse(text, out var timestamp) ? timestamp : throw new FormatException($"'{text}' is not an ISO 8601 timestamp.");

    /// <summary>Implicit conversion from an instant.</summary>
    public static implicit operator XapiTimestamp(DateTimeOffset value) => FromDateTimeOffset(value);

    /// <summary>Equality of the text.</summary>
    public static bool operator ==(XapiTimestamp left, XapiTimestamp right) => left.Equals(right);

    /// <summary>Inequality of the text.</summary>
    public static bool operator !=(XapiTimestamp left, XapiTimestamp right) => !left.Equals(right);

    /// <summary>A timestamp for <paramref name="value"/>.</summary>
    public static XapiTimestamp ToXapiTimestamp(DateTimeOffset value) => FromDateTimeOffset(value);

    /// <inheritdoc />
    public bool Equals(XapiTimestamp other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is XapiTimestamp other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(T(?<h>[01]\d|2[0-3])(:(?<mi>[0-5]\d)(:(?<s>[0-5]\d)(\.(?<f>\d+))?)?)?(?<z>Z|[+-](?:[01]\d|2[0-3])(?::[0-5]\d)?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Extended();

    [GeneratedRegex(@"^(?<y>\d{4})(?<mo>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(T(?<h>[01]\d|2[0-3])((?<mi>[0-5]\d)((?<s>[0-5]\d)(?<f>\d+)?)?)?(?<z>Z|[+-](?:[01]\d|2[0-3])(?:[0-5]\d)?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Basic();

    [GeneratedRegex(@"[+-]\d{2}(:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneSuffix();
}
