using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.DataStatus;

/// <summary>
/// When BPS is expected to release a month's trade figures (docs/decisions/0025-data-status.md). BPS announces its
/// release dates ("Berita Resmi Statistik"), usually around the middle of the following month, so the default is the
/// 15th of month M+1; an analyst records the announced date per month (<see cref="ReleaseDate"/>), which wins.
/// A month is overdue once its expected date has passed in WIB and the month is not loaded.
/// </summary>
public sealed class ReleaseCalendar
{
    /// <summary>Day of month M+1 on which month M is expected when no date has been recorded.</summary>
    public const int DefaultDay = 15;

    private readonly Dictionary<YearMonth, DateOnly> announced;

    public ReleaseCalendar(IEnumerable<ReleaseDate> dates)
    {
        announced = dates.ToDictionary(d => new YearMonth(d.Year, d.Month), d => d.ExpectedOn);
    }

    /// <summary>The expected release date of <paramref name="month"/>: the recorded one, else the 15th of the next month.</summary>
    public DateOnly ExpectedOn(YearMonth month) =>
        announced.TryGetValue(month, out var date) ? date : month.AddMonths(1).FirstDay.AddDays(DefaultDay - 1);

    /// <summary>Whether the date was recorded by an analyst (true) or follows the default rule (false).</summary>
    public bool IsAnnounced(YearMonth month) => announced.ContainsKey(month);

    /// <summary>True when the expected release of <paramref name="month"/> is before <paramref name="today"/> (WIB).</summary>
    public bool IsDue(YearMonth month, DateOnly today) => ExpectedOn(month) < today;

    /// <summary>The newest month whose release is due on <paramref name="today"/>.</summary>
    public YearMonth LatestDue(DateOnly today)
    {
        var month = new YearMonth(today.Year, today.Month);
        while (!IsDue(month, today))
        {
            month = month.AddMonths(-1);
        }

        return month;
    }

    /// <summary>Today's date in WIB from the given clock: the day an Indonesian office is living.</summary>
    public static DateOnly TodayWib(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Formatting.WibOffset).DateTime);

    public static async Task<ReleaseCalendar> ReadAsync(NeracaDb db, CancellationToken ct = default) =>
        new(await db.ReleaseDates.AsNoTracking().ToListAsync(ct));
}

/// <summary>A release date BPS announced for one month's trade figures (editable by analysts; audited).</summary>
public sealed class ReleaseDate
{
    public short Year { get; set; }
    public byte Month { get; set; }
    public DateOnly ExpectedOn { get; set; }
    public string? Note { get; set; }
}
