using Microsoft.EntityFrameworkCore;
using Neraca.DataStatus;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.DataStatus;

/// <summary>Issue 17: when a month is expected and when it is overdue, judged in WIB with a fixed clock.</summary>
public class ReleaseCalendarTests
{
    private static readonly YearMonth January = new(2020, 1);

    [Fact]
    public void ExpectedOn_NoAnnouncedDate_FifteenthOfNextMonth() =>
        Assert.Equal(new DateOnly(2020, 2, 15), new ReleaseCalendar([]).ExpectedOn(January));

    [Fact]
    public void ExpectedOn_AnnouncedDate_Wins()
    {
        var calendar = new ReleaseCalendar([new ReleaseDate { Year = 2020, Month = 1, ExpectedOn = new DateOnly(2020, 2, 17) }]);

        Assert.Equal((new DateOnly(2020, 2, 17), true), (calendar.ExpectedOn(January), calendar.IsAnnounced(January)));
        Assert.False(calendar.IsDue(January, new DateOnly(2020, 2, 17)));
        Assert.True(calendar.IsDue(January, new DateOnly(2020, 2, 18)));
    }

    [Fact]
    public void LatestDue_OnTheReleaseDay_PreviousMonthStillNotDue() =>
        Assert.Equal(new YearMonth(2019, 12), new ReleaseCalendar([]).LatestDue(new DateOnly(2020, 2, 15)));

    [Fact]
    public void TodayWib_LateEveningUtc_NextDayInIndonesia()
    {
        var clock = new FixedClock(new DateTimeOffset(2020, 2, 15, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2020, 2, 16), ReleaseCalendar.TodayWib(clock));
        Assert.True(new ReleaseCalendar([]).IsDue(January, ReleaseCalendar.TodayWib(clock)));
    }

    [Theory]
    [InlineData("2020-01-31", "harus setelah bulan 2020-01 berakhir")]
    [InlineData("2020-05-03", "lebih dari 92 hari")]
    public void Check_DateOutsideTheWindow_RefusedWithReason(string date, string reason) =>
        Assert.Contains(reason, ReleaseDates.Check(January, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.Id, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SetAsync_AnnouncedDate_StoredReplacedAndAudited(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            Assert.Null(await ReleaseDates.SetAsync(db, January, new DateOnly(2020, 2, 17), "BRS calendar"));
            Assert.Null(await ReleaseDates.SetAsync(db, January, new DateOnly(2020, 2, 18), null));
            Assert.NotNull(await ReleaseDates.SetAsync(db, January, new DateOnly(2020, 1, 18), null));
        }

        await using var check = database.NewContext();
        var calendar = await ReleaseCalendar.ReadAsync(check);
        Assert.Equal(new DateOnly(2020, 2, 18), calendar.ExpectedOn(January));
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Entity == "release_date"));
    }
}

/// <summary>A clock stopped at one instant, for rules judged "today".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
