using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

/// <summary>A flow's value for one month (or one year's annual figure), with where it comes from.</summary>
/// <param name="Chapters">Detail only: the HS chapters loaded ("unspecified" for facts without an HS code), worked out
/// only when a figure that shows them (<see cref="Hs2Covered"/>) is built.</param>
/// <param name="UnspecifiedProvinceUsd">National detail only: the part whose province is unspecified (99).</param>
internal sealed record FlowFigure(decimal Usd, string Source, Lazy<IReadOnlyList<string>>? Chapters, decimal? UnspecifiedProvinceUsd)
{
    public IReadOnlyList<string>? Hs2Covered => Chapters?.Value;
}

/// <summary>
/// The loaded figures of a province (or of Indonesia) per flow and month, from active scopes only.
/// A key that is absent is "no data", never zero. Month 0 holds annual figures, kept apart from the months.
/// </summary>
internal sealed class MonthGrid
{
    public const string UnspecifiedHs2 = "unspecified";

    private readonly Dictionary<(Flow, int Year, int Month), FlowFigure> figures = [];
    private readonly Dictionary<string, string[]> chapterLists = new(StringComparer.Ordinal);

    private MonthGrid()
    {
    }

    /// <param name="province">A province code, or null for Indonesia as a whole.</param>
    /// <param name="coverage">National files: a province absent from one traded zero in its chapters (docs/decisions/0012).</param>
    public static MonthGrid Build(IEnumerable<MonthTotalRow> scopes, short? province, DetailCoverage? coverage = null)
    {
        var grid = new MonthGrid();
        foreach (var slice in scopes.GroupBy(s => (s.Flow, s.Year, s.Month)))
        {
            if (grid.Resolve([.. slice], province) is { } figure)
            {
                grid.figures[slice.Key] = figure;
            }
        }

        grid.AddNationalZeros(province, coverage);
        return grid;
    }

    private void AddNationalZeros(short? province, DetailCoverage? coverage)
    {
        if (province is null || coverage is null)
        {
            return;
        }

        foreach (var (flow, year, month, chapters) in coverage.NationalMonths)
        {
            if (!figures.ContainsKey((flow, year, month)))
            {
                figures[(flow, year, month)] = new FlowFigure(0m, FigureSource.Detail, new Lazy<IReadOnlyList<string>>(() => [.. chapters.Select(h => h.Length == 0 ? UnspecifiedHs2 : h).Order(StringComparer.Ordinal)]), null);
            }
        }
    }

    /// <summary>The chapters in any of the lists, sorted ordinally; the list itself when all are the same instance.</summary>
    public static IReadOnlyList<string> Union(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        var first = lists[0];
        var same = true;
        for (var i = 1; i < lists.Count && same; i++)
        {
            same = ReferenceEquals(lists[i], first);
        }

        return same ? first : [.. lists.SelectMany(l => l).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A stored chapter list as the figures show it ("" → "unspecified", sorted ordinally), one shared array per distinct
    /// list so that months covering the same chapters are merged without work.
    /// </summary>
    private string[] ChaptersOf(string stored)
    {
        if (!chapterLists.TryGetValue(stored, out var chapters))
        {
            chapters = [.. stored.Split(',').Select(h => h.Length == 0 ? UnspecifiedHs2 : h).Order(StringComparer.Ordinal)];
            chapterLists[stored] = chapters;
        }

        return chapters;
    }

    public FlowFigure? Get(Flow flow, YearMonth month) => figures.GetValueOrDefault((flow, month.Year, month.Month));

    public FlowFigure? Annual(Flow flow, int year) => figures.GetValueOrDefault((flow, year, 0));

    /// <summary>
    /// Published totals win over detail for the same flow × month × province; the two are never added.
    /// Nationally: the published national total (province 0), else the detail of every province (99 included).
    /// </summary>
    private FlowFigure? Resolve(List<MonthTotalRow> slice, short? province)
    {
        var published = slice.Where(s => s.Basis == Basis.PublishedTotal && s.Province == (province ?? ProvinceCode.National.Value)).ToList();
        if (published.Count > 0)
        {
            return new FlowFigure(Money.FromMilli(published.Sum(s => s.ValueMilli)), FigureSource.Published, null, null);
        }

        var detail = slice.Where(s => s.Basis == Basis.Detail && (province is null || s.Province == province)).ToList();
        if (detail.Count == 0)
        {
            return null;
        }

        var chapters = new Lazy<IReadOnlyList<string>>(() => Union([.. detail.Select(s => (IReadOnlyList<string>)ChaptersOf(s.Hs2))]));
        decimal? unspecified = province is null
            ? Money.FromMilli(detail.Where(s => ProvinceCode.IsUnspecifiedCode(s.Province)).Sum(s => s.ValueMilli))
            : null;
        return new FlowFigure(Money.FromMilli(detail.Sum(s => s.ValueMilli)), FigureSource.Detail, chapters, unspecified);
    }
}
