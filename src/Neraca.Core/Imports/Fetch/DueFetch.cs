using Cronos;
using Neraca.Common;
using Neraca.DataStatus;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Imports.Fetch;

/// <summary>
/// What the scheduled fetch asks BPS for (docs/decisions/0026-fetching-from-bps.md): the overdue months of the home
/// province (the data-status rule, 0025), per year and flow, every chosen chapter. The WebAPI answers nationally (all
/// ports), so one answer serves every province; it always carries BPS's latest figures, so the scheduled fetch
/// imports with replace: a changed answer is a revision.
/// </summary>
public static class DueFetch
{
    public static async Task<IReadOnlyList<FetchRequest>> PlanAsync(
        NeracaDb db, short province, DateOnly today, int hsLevel, IReadOnlyList<string> chapters, CancellationToken ct = default)
    {
        var status = await StatusMatrix.ReadAsync(db, province, today, ct);
        return [.. status.Months.Where(m => m.State == MonthState.Overdue)
            .GroupBy(m => (m.Month.Year, Flow: FlowNames.Parse(m.Flow)!.Value))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Flow)
            .SelectMany(g => chapters.Select(chapter => new FetchRequest(g.Key.Flow, g.Key.Year, true, chapter, hsLevel)
            {
                Months = [.. g.Select(m => m.Month.Month).Order()],
            }))];
    }
}

/// <summary>When the scheduled fetch runs: a cron expression read in WIB (Indonesia keeps no daylight saving).</summary>
public sealed class FetchSchedule
{
    public const string Default = "0 10 * * *";

    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB", Formatting.WibOffset, "WIB", "WIB");
    private readonly CronExpression expression;

    public FetchSchedule(string? cron)
    {
        Text = string.IsNullOrWhiteSpace(cron) ? Default : cron.Trim();
        expression = CronExpression.TryParse(Text, out var parsed)
            ? parsed
            : throw new TradeArgumentException("schedule", $"'{Text}' is not a cron expression (minute hour day month weekday, e.g. {Default} = 10:00 WIB daily)");
    }

    public string Text { get; }

    /// <summary>The next run strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset now) => expression.GetNextOccurrence(now, Wib);
}
