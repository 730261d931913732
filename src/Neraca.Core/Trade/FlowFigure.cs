using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

/// <summary>A flow's value for one month (or one year's annual figure, or a span of months), with where it comes from.</summary>
/// <param name="Chapters">Detail only: the HS chapters loaded ("unspecified" for facts without an HS code), worked out
/// only when a figure that shows them (<see cref="Hs2Covered"/>) is built.</param>
/// <param name="UnspecifiedProvinceUsd">National detail only: the part whose province is unspecified (99).</param>
internal sealed record FlowFigure(decimal Usd, string Source, Lazy<IReadOnlyList<string>>? Chapters, decimal? UnspecifiedProvinceUsd)
{
    public IReadOnlyList<string>? Hs2Covered => Chapters?.Value;

    /// <summary>Detail only: the chapters loaded in every month of the period (or by its annual figure), sorted: what a change may compare.</summary>
    public IReadOnlyList<string>? Complete { get; init; }

    /// <summary>
    /// Detail only, and only when coverage differs somewhere in the range read (else null): the value of every chapter
    /// loaded in the period, zeros included (<see cref="LikeForLike"/>).
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? ByChapter { get; init; }

    /// <summary>A year only: the chapters whose value is the annual figure because their 12 months are not all loaded.</summary>
    public IReadOnlyList<string>? AnnualChapters { get; init; }
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

    /// <summary>
    /// A national file covers every province in its chapters: a province absent from it traded zero there, and a
    /// province present covers the file's chapters as well as its own (docs/decisions/0012, 0014).
    /// </summary>
    private void AddNationalZeros(short? province, DetailCoverage? coverage)
    {
        if (province is null || coverage is null)
        {
            return;
        }

        foreach (var (flow, year, month, stored) in coverage.NationalMonths)
        {
            var chapters = ChaptersOf(string.Join(',', stored));
            if (!figures.TryGetValue((flow, year, month), out var figure))
            {
                figures[(flow, year, month)] = new FlowFigure(0m, FigureSource.Detail, new Lazy<IReadOnlyList<string>>(chapters), null) { Complete = chapters };
            }
            else if (figure.Complete is { } own && !own.SequenceEqual(chapters, StringComparer.Ordinal))
            {
                var union = Intern(Union([own, chapters]));
                figures[(flow, year, month)] = figure with { Chapters = new Lazy<IReadOnlyList<string>>(union), Complete = union };
            }
        }
    }

    /// <summary>Whether the detail figures of <paramref name="flow"/> cover different chapters (then changes need chapter values).</summary>
    public bool CoverageDiffers(Flow flow)
    {
        IReadOnlyList<string>? first = null;
        foreach (var (key, figure) in figures)
        {
            if (key.Item1 != flow || figure.Complete is not { } chapters)
            {
                continue;
            }

            first ??= chapters;
            if (!ReferenceEquals(first, chapters) && !first.SequenceEqual(chapters, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds each detail figure's value per loaded chapter (zeros included) for the flows whose coverage differs.</summary>
    /// <param name="values">Active detail per flow × year × month × chapter ("" = unspecified) of this province (or all).</param>
    public void AttachChapterValues(IEnumerable<(Flow Flow, int Year, int Month, string Hs2, decimal Usd)> values)
    {
        var sums = new Dictionary<(Flow, int, int), Dictionary<string, decimal>>();
        foreach (var v in values)
        {
            var key = (v.Flow, v.Year, v.Month);
            if (!sums.TryGetValue(key, out var chapters))
            {
                sums[key] = chapters = new Dictionary<string, decimal>(StringComparer.Ordinal);
            }

            var hs2 = v.Hs2.Length == 0 ? UnspecifiedHs2 : v.Hs2;
            chapters[hs2] = chapters.GetValueOrDefault(hs2) + v.Usd;
        }

        foreach (var (key, figure) in figures.ToList())
        {
            if (figure.Complete is { } loaded)
            {
                var found = sums.GetValueOrDefault(key);
                figures[key] = figure with { ByChapter = loaded.ToDictionary(h => h, h => found?.GetValueOrDefault(h) ?? 0m, StringComparer.Ordinal) };
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

    /// <summary>One shared array per distinct chapter list, so that spans over months of the same coverage compare references.</summary>
    private string[] Intern(IReadOnlyList<string> chapters) => chapters as string[] is { } a && chapterLists.ContainsValue(a)
        ? a
        : ChaptersOf(string.Join(',', chapters));

    /// <summary>Combined spans of months already worked out for this grid (BalanceBuilder), by flow and month indexes.</summary>
    internal Dictionary<(Flow Flow, int First, int Last), FlowFigure?> Spans { get; } = [];

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

        var chapters = Intern(Union([.. detail.Select(s => (IReadOnlyList<string>)ChaptersOf(s.Hs2))]));
        decimal? unspecified = province is null
            ? Money.FromMilli(detail.Where(s => ProvinceCode.IsUnspecifiedCode(s.Province)).Sum(s => s.ValueMilli))
            : null;
        return new FlowFigure(Money.FromMilli(detail.Sum(s => s.ValueMilli)), FigureSource.Detail, new Lazy<IReadOnlyList<string>>(chapters), unspecified)
        {
            Complete = chapters,
        };
    }
}
