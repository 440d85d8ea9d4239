namespace PeerLearning.Matching;

/// <summary>How many hours two people's local working days overlap, on a 24-hour clock that wraps around.</summary>
public static class WorkingHoursOverlap
{
    /// <summary>The UTC offset in hours of an IANA time zone on <paramref name="date"/> (at noon UTC), or null when unknown.</summary>
    /// <param name="timeZoneId">The IANA id, for example <c>Asia/Kolkata</c>.</param>
    /// <param name="date">The date (daylight saving time applies).</param>
    /// <returns>The offset in hours, or null.</returns>
    public static double? UtcOffsetHours(string? timeZoneId, DateOnly date)
    {
        if (timeZoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return null;
        }

        var instant = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return zone.GetUtcOffset(instant).TotalHours;
    }

    /// <summary>The overlap in hours of the same local working day in two UTC offsets.</summary>
    /// <param name="offsetA">One person's UTC offset in hours.</param>
    /// <param name="offsetB">The other's UTC offset in hours.</param>
    /// <param name="hours">The local working day.</param>
    /// <returns>Hours both are working, from 0 to the length of the day.</returns>
    public static double Hours(double offsetA, double offsetB, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return Hours(offsetA, offsetB, hours.EndHour - hours.StartHour);
    }

    internal static double Hours(double offsetA, double offsetB, double length)
    {
        var d = Math.Abs(offsetA - offsetB) % 24.0;
        return Math.Max(0, length - d) + Math.Max(0, length - (24.0 - d));
    }
}
