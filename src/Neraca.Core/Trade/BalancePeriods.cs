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

/// <summary>
/// Turns loaded figures into one balance row. Anything that needs a missing month is null; every change is like for
/// like (<see cref="LikeForLike"/>).
/// </summary>
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
        var xMom = spec.Previous is null ? null : LikeForLike.Compare(x, xPrev);
        var mMom = spec.Previous is null ? null : LikeForLike.Compare(m, mPrev);
        var xYoy = LikeForLike.Compare(x, xYearAgo);
        var mYoy = LikeForLike.Compare(m, mYearAgo);
        var xCumYoy = LikeForLike.Compare(xCum, xCumAgo);
        var mCumYoy = LikeForLike.Compare(mCum, mCumAgo);
        return new BalanceRow
        {
            Period = spec.Label,
            ExportsUsd = x?.Usd,
            ImportsUsd = m?.Usd,
            BalanceUsd = x is null || m is null ? null : x.Usd - m.Usd,
            ExportsMomPct = xMom?.Pct,
            ExportsYoyPct = xYoy.Pct,
            ImportsMomPct = mMom?.Pct,
            ImportsYoyPct = mYoy.Pct,
            ExportsCumUsd = xCum?.Usd,
            ExportsCumYoyPct = xCumYoy.Pct,
            ImportsCumUsd = mCum?.Usd,
            ImportsCumYoyPct = mCumYoy.Pct,
            ExportsMomChangeUsd = xMom?.ChangeUsd,
            ExportsYoyChangeUsd = xYoy.ChangeUsd,
            ImportsMomChangeUsd = mMom?.ChangeUsd,
            ImportsYoyChangeUsd = mYoy.ChangeUsd,
            BalanceRatioPct = x is null || m is null ? null : Percent.Share(x.Usd - m.Usd, x.Usd + m.Usd),
            ExportsSource = x?.Source,
            ImportsSource = m?.Source,
            ExportsHs2Covered = x?.Hs2Covered,
            ImportsHs2Covered = m?.Hs2Covered,
            ExportsUnspecifiedProvinceUsd = x?.UnspecifiedProvinceUsd,
            ImportsUnspecifiedProvinceUsd = m?.UnspecifiedProvinceUsd,
            ExportsMomBasisHs2 = xMom?.BasisHs2,
            ExportsYoyBasisHs2 = xYoy.BasisHs2,
            ExportsCumYoyBasisHs2 = xCumYoy.BasisHs2,
            ImportsMomBasisHs2 = mMom?.BasisHs2,
            ImportsYoyBasisHs2 = mYoy.BasisHs2,
            ImportsCumYoyBasisHs2 = mCumYoy.BasisHs2,
            ExportsMomReason = xMom?.Reason,
            ExportsYoyReason = xYoy.Reason,
            ExportsCumYoyReason = xCumYoy.Reason,
            ImportsMomReason = mMom?.Reason,
            ImportsYoyReason = mYoy.Reason,
            ImportsCumYoyReason = mCumYoy.Reason,
            Partial = new[] { xMom, mMom, xYoy, mYoy, xCumYoy, mCumYoy }.Any(c => c?.Partial == true),
            ExportsHs2Annual = x?.AnnualChapters,
            ImportsHs2Annual = m?.AnnualChapters,
        };
    }

    /// <summary>
    /// The sum of the months when every one is loaded, else null. A whole year: chapter by chapter, the sum of its 12
    /// months when each month covers it, else the chapter's annual figure when loaded; with a month missing, the annual
    /// figure alone (or null). A chapter's monthly and annual figures are never added together.
    /// </summary>
    internal static FlowFigure? Value(MonthGrid grid, Flow flow, YearMonth[] months, bool isYear)
    {
        var annual = isYear && months.Length == 12 ? grid.Annual(flow, months[0].Year) : null;
        var combined = months.Length == 0 ? null : Span(grid, flow, months[0], months[^1]);
        return combined is null ? annual : annual is null ? combined : WithAnnualChapters(combined, annual);
    }

    /// <summary>
    /// The months first..last (consecutive; every span of <see cref="BalancePeriods"/> is) combined, or null when one is
    /// missing. Each span is the span one month shorter plus its last month, kept on the grid: a range of monthly rows
    /// builds each year's cumulative spans once instead of re-adding up to twelve months of chapter values per row
    /// (and again as the next year's "year ago"). Combining is associative, so the result equals combining all months.
    /// </summary>
    private static FlowFigure? Span(MonthGrid grid, Flow flow, YearMonth first, YearMonth last)
    {
        if (first == last)
        {
            return grid.Get(flow, first);
        }

        var key = (flow, first.Index, last.Index);
        if (grid.Spans.TryGetValue(key, out var known))
        {
            return known;
        }

        var head = Span(grid, flow, first, last.AddMonths(-1));
        var tail = grid.Get(flow, last);
        var combined = head is null || tail is null ? null : Combine([head, tail]);
        grid.Spans[key] = combined;
        return combined;
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
        return new FlowFigure(parts.Sum(p => p.Usd), sources.Count == 1 ? sources[0] : FigureSource.Mixed, chapters, unspecified)
        {
            Complete = parts.TrueForAll(p => p.Complete is not null) ? Intersect(parts.ConvertAll(p => p.Complete!)) : null,
            ByChapter = parts.TrueForAll(p => p.ByChapter is not null) ? SumByChapter(parts.ConvertAll(p => p.ByChapter!)) : null,
        };
    }

    /// <summary>The chapters in every list; the list itself when all are the same instance (the common case).</summary>
    private static IReadOnlyList<string> Intersect(List<IReadOnlyList<string>> lists)
    {
        var first = lists[0];
        if (lists.TrueForAll(l => ReferenceEquals(l, first)))
        {
            return first;
        }

        IEnumerable<string> common = first;
        foreach (var list in lists.Skip(1))
        {
            common = common.Intersect(list, StringComparer.Ordinal);
        }

        return [.. common];
    }

    private static Dictionary<string, decimal> SumByChapter(List<IReadOnlyDictionary<string, decimal>> parts)
    {
        var sum = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (hs2, usd) in parts.SelectMany(p => p))
        {
            sum[hs2] = sum.GetValueOrDefault(hs2) + usd;
        }

        return sum;
    }

    /// <summary>
    /// Twelve detail months and a detail annual figure: chapters the annual figure covers but the months do not cover
    /// in full take the annual value (their partial months are dropped), so a chapter loaded only as a year is kept.
    /// </summary>
    private static FlowFigure WithAnnualChapters(FlowFigure months, FlowFigure annual)
    {
        if (months.Complete is not { } complete || annual.Complete is not { } yearly
            || months.ByChapter is not { } monthValues || annual.ByChapter is not { } annualValues)
        {
            return months; // same coverage everywhere (or published figures): the months are the year
        }

        var fromAnnual = yearly.Where(h => !complete.Contains(h, StringComparer.Ordinal)).ToList();
        if (fromAnnual.Count == 0)
        {
            return months;
        }

        var values = new Dictionary<string, decimal>(monthValues, StringComparer.Ordinal);
        foreach (var hs2 in fromAnnual)
        {
            values[hs2] = annualValues.GetValueOrDefault(hs2);
        }

        IReadOnlyList<string> all = [.. values.Keys.Order(StringComparer.Ordinal)];
        return new FlowFigure(values.Values.Sum(), FigureSource.Detail, new Lazy<IReadOnlyList<string>>(all), null)
        {
            Complete = [.. complete.Concat(fromAnnual).Order(StringComparer.Ordinal)],
            ByChapter = values,
            AnnualChapters = fromAnnual,
        };
    }
}
