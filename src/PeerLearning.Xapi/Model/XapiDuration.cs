using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeerLearning.Xapi;

/// <summary>
/// An ISO 8601 duration (<c>PT1H30M</c>): the exact text and its length. Years count as 365 days, months as 30 days
/// and weeks as 7 days when converted to a <see cref="TimeSpan"/>.
/// </summary>
public readonly partial struct XapiDuration : IEquatable<XapiDuration>
{
    private XapiDuration(string text, TimeSpan value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>The ISO 8601 text as written or read.</summary>
    public string Text { get; }

    /// <summary>The length of the duration.</summary>
    public TimeSpan Value { get; }

    /// <summary>The duration of <paramref name="value"/> as <c>PT#H#M#S</c> (hours, minutes, seconds with up to 7 decimals).</summary>
    public static XapiDuration FromTimeSpan(TimeSpan value)
    {
        var builder = new StringBuilder(24);
        var ticks = value.Ticks;
        if (ticks < 0)
        {
            builder.Append('-');
            ticks = -ticks;
        }

        builder.Append("PT");
        var hours = ticks / TimeSpan.TicksPerHour;
        var minutes = ticks / TimeSpan.TicksPerMinute % 60;
        var secondTicks = ticks % TimeSpan.TicksPerMinute;
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes > 0)
        {
            builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (secondTicks > 0 || (hours == 0 && minutes == 0))
        {
            var seconds = (secondTicks / (decimal)TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture);
            builder.Append(seconds).Append('S');
        }

        return new XapiDuration(builder.ToString(), value);
    }

    /// <summary>Parses an ISO 8601 duration.</summary>
    public static bool TryParse(string? text, out XapiDuration duration)
    {
        duration = default;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        decimal G(string name) => match.Groups[name].Success ? decimal.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0m;
        try
        {
            var days = (G("y") * 365m) + (G("mo") * 30m) + (match.Groups["unit"].Value == "W" ? G("dw") * 7m : G("dw"));
            var seconds = (days * 86400m) + (G("h") * 3600m) + (G("mi") * 60m) + G("s");
            var ticks = decimal.ToInt64(decimal.Round(seconds * TimeSpan.TicksPerSecond));
            duration = new XapiDuration(text, TimeSpan.FromTicks(match.Groups["neg"].Value == "-" ? -ticks : ticks));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Parses an ISO 8601 duration or throws <see cref="FormatException"/>.</summary>
    public static XapiDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO 8601 duration.");

    /// <summary>Implicit conversion from a <see cref="TimeSpan"/>.</summary>
    public static implicit operator XapiDuration(TimeSpan value) => FromTimeSpan(value);

    /// <summary>A duration of <paramref name="value"/>.</summary>
    public static XapiDuration ToXapiDuration(TimeSpan value) => FromTimeSpan(value);

    /// <summary>Equality of the text.</summary>
    public static bool operator ==(XapiDuration left, XapiDuration right) => left.Equals(right);

    /// <summary>Inequality of the text.</summary>
    public static bool operator !=(XapiDuration left, XapiDuration right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(XapiDuration other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is XapiDuration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<neg>-?)P(?=\d|T\d)(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<dw>\d+)(?<unit>[DW]))?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
