using System.Globalization;
using Neraca.Common;

namespace Neraca.Trade;

/// <summary>
/// A row of the balance and the months it compares with. Previous is null for a year; a year may fall back to its
/// annual figure (month 0) when not all twelve months are loaded.
/// </summary>
internal sealed record PeriodSpec(
    string Label,
    YearMonth[] Months,
    YearMonth[]? Previous,
    YearMonth[] YearAgo,
    YearMonth[] Cumulative,
    YearMonth[] CumulativeYearAgo,
    bool IsYear);

internal static class BalancePeriods
{
    public static IEnumerable<PeriodSpec> For(YearMonth from, YearMonth to, Granularity granularity) => granularity switch
    {
        Granularity.Quarter => Quarters(from, to),
        Granularity.Year => Years(from, to),
        _ => Months(from, to),
    };

    private static IEnumerable<PeriodSpec> Months(YearMonth from, YearMonth to)
    {
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            var yearAgo = m.AddMonths(-12);
            yield return new PeriodSpec(m.ToString(), [m], [m.AddMonths(-1)], [yearAgo], Span(new YearMonth(m.Year, 1), m),
                Span(new YearMonth(yearAgo.Year, 1), yearAgo), false);
        }
    }

    private static IEnumerable<PeriodSpec> Quarters(YearMonth from, YearMonth to)
    {
        var first = QuarterStart(from);
        for (var q = first; q <= to; q = q.AddMonths(3))
        {
            var end = q.AddMonths(2);
            var yearAgo = q.AddMonths(-12);
            yield return new PeriodSpec(
                string.Create(CultureInfo.InvariantCulture, $"{q.Year:D4}-Q{q.Quarter}"),
                Span(q, end),
                Span(q.AddMonths(-3), q.AddMonths(-1)),
                Span(yearAgo, yearAgo.AddMonths(2)),
                Span(new YearMonth(q.Year, 1), end),
                Span(new YearMonth(q.Year - 1, 1), end.AddMonths(-12)),
                false);
        }
    }

    private static IEnumerable<PeriodSpec> Years(YearMonth from, YearMonth to)
    {
        for (var y = from.Year; y <= to.Year; y++)
        {
            var months = Span(new YearMonth(y, 1), new YearMonth(y, 12));
            var before = Span(new YearMonth(y - 1, 1), new YearMonth(y - 1, 12));
            yield return new PeriodSpec(y.ToString("D4", CultureInfo.InvariantCulture), months, null, before, months, before, true);
        }
    }

    private static YearMonth QuarterStart(YearMonth m) => new(m.Year, ((m.Quarter - 1) * 3) + 1);

    private static YearMonth[] Span(YearMonth first, YearMonth last) =>
        [.. Enumerable.Range(first.Index, last.Index - first.Index + 1).Select(YearMonth.FromIndex)];
}

/// <summary>Turns loaded figures into one balance row. Anything that needs a missing month is null.</summary>
internal static class BalanceBuilder
{
    public static BalanceRow Row(MonthGrid grid, PeriodSpec spec)
    {
        var x = Value(grid, Flow.Export, spec.Months, spec.IsYear);
        var m = Value(grid, Flow.Import, spec.Months, spec.IsYear);
        var xPrev = spec.Previous is null ? null : Value(grid, Flow.Export, spec.Previous, false);
        var mPrev = spec.Previous is null ? null : Value(grid, Flow.Import, spec.Previous, false);
        var xYearAgo = Value(grid, Flow.Export, spec.YearAgo, spec.IsYear);
        var mYearAgo = Value(grid, Flow.Import, spec.YearAgo, spec.IsYear);
        var xCum = Value(grid, Flow.Export, spec.Cumulative, spec.IsYear);
        var mCum = Value(grid, Flow.Import, spec.Cumulative, spec.IsYear);
        var xCumAgo = Value(grid, Flow.Export, spec.CumulativeYearAgo, spec.IsYear);
        var mCumAgo = Value(grid, Flow.Import, spec.CumulativeYearAgo, spec.IsYear);
        return new BalanceRow
        {
            Period = spec.Label,
            ExportsUsd = x?.Usd,
            ImportsUsd = m?.Usd,
            BalanceUsd = x is null || m is null ? null : x.Usd - m.Usd,
            ExportsMomPct = Percent.Change(x?.Usd, xPrev?.Usd),
            ExportsYoyPct = Percent.Change(x?.Usd, xYearAgo?.Usd),
            ImportsMomPct = Percent.Change(m?.Usd, mPrev?.Usd),
            ImportsYoyPct = Percent.Change(m?.Usd, mYearAgo?.Usd),
            ExportsCumUsd = xCum?.Usd,
            ExportsCumYoyPct = Percent.Change(xCum?.Usd, xCumAgo?.Usd),
            ImportsCumUsd = mCum?.Usd,
            ImportsCumYoyPct = Percent.Change(mCum?.Usd, mCumAgo?.Usd),
            ExportsMomChangeUsd = x is null || xPrev is null ? null : x.Usd - xPrev.Usd,
            ExportsYoyChangeUsd = x is null || xYearAgo is null ? null : x.Usd - xYearAgo.Usd,
            ImportsMomChangeUsd = m is null || mPrev is null ? null : m.Usd - mPrev.Usd,
            ImportsYoyChangeUsd = m is null || mYearAgo is null ? null : m.Usd - mYearAgo.Usd,
            BalanceRatioPct = x is null || m is null ? null : Percent.Share(x.Usd - m.Usd, x.Usd + m.Usd),
            ExportsSource = x?.Source,
            ImportsSource = m?.Source,
            ExportsHs2Covered = x?.Hs2Covered,
            ImportsHs2Covered = m?.Hs2Covered,
            ExportsUnspecifiedProvinceUsd = x?.UnspecifiedProvinceUsd,
            ImportsUnspecifiedProvinceUsd = m?.UnspecifiedProvinceUsd,
        };
    }

    /// <summary>
    /// The sum of the months when every one is loaded; for a whole year, else the year's annual figure when loaded;
    /// else null. Monthly and annual figures are never added together.
    /// </summary>
    internal static FlowFigure? Value(MonthGrid grid, Flow flow, YearMonth[] months, bool isYear)
    {
        var parts = months.Select(month => grid.Get(flow, month)).ToList();
        if (parts.Count > 0 && parts.TrueForAll(p => p is not null))
        {
            return parts.Count == 1 ? parts[0] : Combine(parts!);
        }

        return isYear && months.Length == 12 ? grid.Annual(flow, months[0].Year) : null;
    }

    private static FlowFigure Combine(List<FlowFigure> parts)
    {
        var sources = parts.Select(p => p.Source).Distinct(StringComparer.Ordinal).ToList();
        // Merged only when shown (the period's own figures): merging over every cumulative span was most of a row's work.
        var chapters = parts.Exists(p => p.Chapters is not null)
            ? new Lazy<IReadOnlyList<string>>(() => MonthGrid.Union([.. parts.Where(p => p.Chapters is not null).Select(p => p.Hs2Covered!)]))
            : null;
        decimal? unspecified = parts.Exists(p => p.UnspecifiedProvinceUsd is not null)
            ? parts.Sum(p => p.UnspecifiedProvinceUsd ?? 0m)
            : null;
        return new FlowFigure(parts.Sum(p => p.Usd), sources.Count == 1 ? sources[0] : FigureSource.Mixed, chapters, unspecified);
    }
}
