using System.Globalization;

namespace PeerLearning.Recognition;

/// <summary>One giving-allowance period: [<see cref="Start"/>, <see cref="End"/>).</summary>
/// <param name="Key">A stable name: <c>2026-03</c> for a month, <c>2026-Q1</c> for a quarter.</param>
/// <param name="Start">The first instant of the period.</param>
/// <param name="End">The first instant after the period.</param>
public sealed record AllowancePeriod(string Key, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>
    /// The period that contains <paramref name="at"/>. Periods start at local midnight on the first day of the month
    /// (or quarter) in <paramref name="timeZone"/>; when a daylight-saving change skips that midnight, the period
    /// starts at the first local time that exists.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <param name="reset">Monthly or quarterly.</param>
    /// <param name="timeZone">The time zone periods follow.</param>
    /// <returns>The period.</returns>
    public static AllowancePeriod Containing(DateTimeOffset at, AllowanceReset reset, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(at, timeZone).DateTime;
        var firstMonth = reset == AllowanceReset.Monthly ? local.Month : ((local.Month - 1) / 3 * 3) + 1;
        var start = new DateTime(local.Year, firstMonth, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var end = start.AddMonths(reset == AllowanceReset.Monthly ? 1 : 3);
        var key = reset == AllowanceReset.Monthly
            ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((firstMonth - 1) / 3) + 1}");
        return new AllowancePeriod(key, ToInstant(start, timeZone), ToInstant(end, timeZone));
    }

    internal static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo timeZone)
    {
        while (timeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // An ambiguous local time (clocks set back) takes the earlier instant, the one with the larger offset.
        var offset = timeZone.IsAmbiguousTime(local) ? timeZone.GetAmbiguousTimeOffsets(local).Max() : timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
