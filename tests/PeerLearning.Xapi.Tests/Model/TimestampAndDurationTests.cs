namespace PeerLearning.Xapi.Tests.Model;

public sealed class TimestampAndDurationTests
{
    [Fact]
    public void Timestamps_are_written_in_utc_with_millisecond_precision()
    {
        var local = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal("2026-12-04T10:00:00.000Z", XapiTimestamp.FromDateTimeOffset(local).Text);
        Assert.Equal("2026-12-04T10:00:00.1234567Z", XapiTimestamp.FromDateTimeOffset(local.AddTicks(1234567)).Text);
    }

    [Theory]
    [InlineData("2026-12-04T10:11:12.345Z", 2026, 12, 4, 10, 11, 12, 345)]
    [InlineData("2026-12-04T12:11:12.345+02:00", 2026, 12, 4, 10, 11, 12, 345)]
    [InlineData("2026-12-04T05:11:12-05:00", 2026, 12, 4, 10, 11, 12, 0)]
    [InlineData("20261204T101112Z", 2026, 12, 4, 10, 11, 12, 0)]
    [InlineData("2026-12-04", 2026, 12, 4, 0, 0, 0, 0)]
    public void Iso_8601_timestamps_parse_to_the_right_instant(string text, int y, int mo, int d, int h, int mi, int s, int ms)
    {
        var timestamp = XapiTimestamp.Parse(text);

        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, ms, TimeSpan.Zero), timestamp.Value);
        Assert.Equal(text, timestamp.Text);
    }

    [Theory]
    [InlineData("2026-12-04T10:11:12-00:00")]
    [InlineData("2026-02-30T10:11:12Z")]
    [InlineData("2026-12-04 10:11:12Z")]
    [InlineData("yesterday")]
    public void Invalid_timestamps_are_rejected(string text) => Assert.False(XapiTimestamp.TryParse(text, out _));

    [Theory]
    [InlineData("PT1H2M3.45S", 3723.45)]
    [InlineData("P1DT1S", 86401)]
    [InlineData("P2W", 1209600)]
    [InlineData("PT0S", 0)]
    [InlineData("-PT1M", -60)]
    public void Iso_8601_durations_parse(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), XapiDuration.Parse(text).Value);

    [Fact]
    public void Durations_written_from_timespans_parse_back_to_the_same_length()
    {
        foreach (var ticks in new long[] { 0, 1, 10_000_000, 36_000_000_001, 864_000_000_000 * 3 + 123_456_789, -600_000_000 })
        {
            var value = TimeSpan.FromTicks(ticks);
            var written = XapiDuration.FromTimeSpan(value);
            Assert.Equal(value, XapiDuration.Parse(written.Text).Value);
        }

        Assert.Equal("PT1H30M", XapiDuration.FromTimeSpan(TimeSpan.FromMinutes(90)).Text);
        Assert.Equal("PT0.01S", XapiDuration.FromTimeSpan(TimeSpan.FromMilliseconds(10)).Text);
    }
}
