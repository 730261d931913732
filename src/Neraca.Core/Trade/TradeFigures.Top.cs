using System.Data.Common;
using System.Globalization;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

public sealed partial class TradeFigures
{
    public const int MaxTopN = 1000;

    /// <summary>
    /// The top <paramref name="n"/> members of a breakdown for one month or one year, with shares, changes and the
    /// combined share of the top N ("peranan"). Built from detail only; a period without detail has no rows and null totals.
    /// </summary>
    /// <param name="language">"id" (default) or "en" for <see cref="TopRow.Label"/>; both are always in LabelId/LabelEn.</param>
    /// <exception cref="TradeArgumentException">an unknown province or n outside 1..<see cref="MaxTopN"/>.</exception>
    public async Task<TopResult> TopAsync(TopBy by, Flow flow, TradePeriod period, short? province, int n = 10, string language = "id", CancellationToken ct = default)
    {
        var p = CheckProvince(province);
        if (n < 1 || n > MaxTopN)
        {
            throw new TradeArgumentException("n", string.Create(CultureInfo.InvariantCulture, $"--n must be between 1 and {MaxTopN}, not {n}"));
        }

        return await CachedAsync(Key("top", by, flow, period, p, n, language), async c =>
        {
            var scopes = await MonthTotalsQuery.RunAsync(c, period.Year - 1, period.Year, p ?? -1, ct);
            var coverage = await DetailCoverage.LoadAsync(c, scopes, period.Year - 1, period.Year, ct);
            var labels = by is TopBy.Hs4 or TopBy.Hs6 or TopBy.Hs8
                ? await BreakdownQueries.LabelsAsync(c, Digits(by), ct)
                : [];
            var grid = MonthGrid.Build(scopes, p, coverage);
            var current = await ValuesAsync(c, by, flow, period, p, coverage, grid, null, 0, ct);
            var header = new TopResult
            {
                By = by.ToString().ToLowerInvariant(),
                Flow = flow.ToString().ToLowerInvariant(),
                Period = period.ToString(),
                Province = p,
                Rows = [],
                GroupMembership = by == TopBy.Group ? period.ToString() : null,
            };
            if (current is null)
            {
                return new TopRanking(by, labels, language).Build(header, null, null, null, n);
            }

            // Like for like (docs/decisions/0014): each change compares the chapters loaded on both sides only; a
            // country group counts the members of the current period on both sides.
            var chapters = Chapters(grid, flow, period, current.Basis);
            var previous = period.Previous is { } prev ? await BaseAsync(c, by, flow, period, prev, 1, p, coverage, chapters, grid, ct) : null;
            var yearAgo = await BaseAsync(c, by, flow, period, period.YearEarlier, 12, p, coverage, chapters, grid, ct);
            header = header with { MomBasisHs2 = previous?.BasisHs2, YoyBasisHs2 = yearAgo?.BasisHs2, Partial = previous?.BasisHs2 is not null || yearAgo?.BasisHs2 is not null };
            return new TopRanking(by, labels, language).Build(header, current, previous, yearAgo, n);
        }, ct);
    }

    /// <summary>
    /// A base period's member values over the chapters loaded in both periods. HS members lie inside one chapter, so a
    /// member whose chapter is missing from the base simply has no base; partners, ports and groups are summed again
    /// over the common chapters, on both sides, when the chapters differ.
    /// </summary>
    private static async Task<PeriodValues?> BaseAsync(
        DbConnection c, TopBy by, Flow flow, TradePeriod period, TradePeriod basePeriod, int shift, short? p, DetailCoverage coverage,
        IReadOnlyList<string>? chapters, MonthGrid grid, CancellationToken ct)
    {
        var values = await ValuesAsync(c, by, flow, basePeriod, p, coverage, grid, null, shift, ct);
        if (values is null || chapters is null || Chapters(grid, flow, basePeriod, values.Basis) is not { } baseChapters
            || baseChapters.SequenceEqual(chapters, StringComparer.Ordinal))
        {
            return values;
        }

        var common = LikeForLike.Common(chapters, baseChapters);
        if (by is TopBy.Hs2 or TopBy.Hs4 or TopBy.Hs6 or TopBy.Hs8)
        {
            values.Keep(key => common.Contains(key.Length >= 2 ? key[..2] : MonthGrid.UnspecifiedHs2, StringComparer.Ordinal));
            values.BasisHs2 = common;
            values.CurrentOnBasis = null;
            return values;
        }

        var restricted = await ValuesAsync(c, by, flow, basePeriod, p, coverage, grid, common, shift, ct);
        if (restricted is not null)
        {
            restricted.BasisHs2 = common;
            restricted.CurrentOnBasis = await ValuesAsync(c, by, flow, period, p, coverage, grid, common, 0, ct);
        }

        return restricted;
    }

    /// <summary>The chapters loaded in every month of the period (monthly basis) or by its annual figures; null for published totals.</summary>
    private static IReadOnlyList<string>? Chapters(MonthGrid grid, Flow flow, TradePeriod period, string basis) => basis switch
    {
        Annual => grid.Annual(flow, period.Year)?.Complete,
        MonthlyAndAnnual => [.. (BalanceBuilder.Value(grid, flow, [.. period.Months], false)?.Complete ?? []).Concat(AnnualOnly(grid, flow, period)).Order(StringComparer.Ordinal)],
        _ => BalanceBuilder.Value(grid, flow, [.. period.Months], false)?.Complete,
    };

    private const string Monthly = "monthly";
    private const string Annual = "annual";

    /// <summary>A year whose chapters come partly from its months and partly from its annual figures (decision 0014).</summary>
    private const string MonthlyAndAnnual = "monthly+annual";

    /// <summary>A year's detail chapters loaded in its annual figures but not in all 12 months: those take the annual value.</summary>
    private static List<string> AnnualOnly(MonthGrid grid, Flow flow, TradePeriod period)
    {
        if (!period.IsYear || grid.Annual(flow, period.Year)?.Complete is not { } annual)
        {
            return [];
        }

        var complete = BalanceBuilder.Value(grid, flow, [.. period.Months], false)?.Complete ?? [];
        return [.. annual.Where(h => !complete.Contains(h, StringComparer.Ordinal))];
    }

    internal static int Digits(TopBy by) => by switch
    {
        TopBy.Hs4 => 4,
        TopBy.Hs6 => 6,
        TopBy.Hs8 => 8,
        _ => 2,
    };

    /// <summary>Member values of a period, or null when the period has no detail loaded for the flow.</summary>
    /// <param name="chapters">Only these chapters (like for like); null = all.</param>
    /// <param name="shift">Months from this period to the one being ranked: groups count the members of the ranked period.</param>
    private static async Task<PeriodValues?> ValuesAsync(
        DbConnection c, TopBy by, Flow flow, TradePeriod period, short? p, DetailCoverage coverage, MonthGrid grid,
        IReadOnlyList<string>? chapters, int shift, CancellationToken ct)
    {
        List<BreakdownRow> rows;
        string basis;
        if (period.Months.All(m => coverage.Has(flow, m.Year, m.Month, p)))
        {
            var months = new BreakdownFilter(flow, period.Year, period.Months[0].Month, period.Months[^1].Month, p ?? -1, chapters);
            var fromAnnual = AnnualOnly(grid, flow, period);
            if (fromAnnual.Count == 0)
            {
                (basis, rows) = (Monthly, await BreakdownQueries.RunAsync(c, by, months, ct));
            }
            else
            {
                // Years by chapter: a chapter not loaded in all 12 months takes its annual figure, never both.
                bool Wanted(string h) => chapters is null || chapters.Contains(h, StringComparer.Ordinal);
                var loaded = BalanceBuilder.Value(grid, flow, [.. period.Months], false)?.Hs2Covered ?? [];
                List<string> monthly = [.. loaded.Where(h => !fromAnnual.Contains(h, StringComparer.Ordinal) && Wanted(h))];
                List<string> annual = [.. fromAnnual.Where(Wanted)];
                basis = MonthlyAndAnnual;
                rows = [.. await BreakdownQueries.RunAsync(c, by, months with { Chapters = monthly }, ct),
                    .. await BreakdownQueries.RunAsync(c, by, new BreakdownFilter(flow, period.Year, 0, 0, p ?? -1, annual), ct)];
            }
        }
        else if (period.IsYear && coverage.Has(flow, period.Year, 0, p))
        {
            (basis, rows) = (Annual, await BreakdownQueries.RunAsync(c, by, new BreakdownFilter(flow, period.Year, 0, 0, p ?? -1, chapters), ct));
        }
        else
        {
            return null;
        }

        return PeriodValues.From(by, period.Year, rows, basis, shift);
    }
}

/// <summary>
/// Member values of one period: key → US$, plus the stored names met. For groups, each month's countries are counted in
/// the groups they belong to on that month's last day (an annual figure: on 31 December), and the per-country values
/// are kept so the union of several groups can be measured.
/// </summary>
internal sealed class PeriodValues
{
    public Dictionary<string, decimal> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    public decimal Total { get; private set; }
    public string Basis { get; private init; } = "";

    /// <summary>Groups only: (group, member country values on their months) to sum unions without double counting.</summary>
    public List<(DateOnly Date, string Iso2, decimal Usd)> CountryMonths { get; } = [];

    /// <summary>Set on a base period compared over fewer chapters than loaded: the chapters compared.</summary>
    public IReadOnlyList<string>? BasisHs2 { get; set; }

    /// <summary>Partners, ports and groups compared over fewer chapters: the ranked period's values over the same chapters.</summary>
    public PeriodValues? CurrentOnBasis { get; set; }

    /// <summary>Keeps only the members <paramref name="keep"/> accepts (the total is unchanged: it is not compared).</summary>
    public void Keep(Func<string, bool> keep)
    {
        foreach (var key in Values.Keys.Where(k => !keep(k)).ToList())
        {
            Values.Remove(key);
        }
    }

    /// <param name="shift">Months to the ranked period: a base period's groups take that period's members (like for like).</param>
    public static PeriodValues From(TopBy by, int year, List<BreakdownRow> rows, string basis, int shift = 0)
    {
        var values = new PeriodValues { Basis = basis };
        foreach (var row in rows)
        {
            var usd = Money.FromMilli(row.ValueMilli);
            values.Total += usd;
            if (by == TopBy.Group)
            {
                values.AddToGroups(row, year, usd, shift);
                continue;
            }

            values.Values[row.Key] = values.Values.GetValueOrDefault(row.Key) + usd;
            if (row.Name is { Length: > 0 } name)
            {
                values.Names.TryAdd(row.Key, name);
            }
        }

        return values;
    }

    private void AddToGroups(BreakdownRow row, int year, decimal usd, int shift)
    {
        if (row.Code is not { } iso2)
        {
            return;
        }

        var date = row.Month == 0 ? new DateOnly(year, 12, 31).AddMonths(shift) : new YearMonth(year, row.Month).AddMonths(shift).LastDay;
        CountryMonths.Add((date, iso2, usd));
        foreach (var group in CountryGroups.Codes)
        {
            if (CountryGroups.IsMember(group, iso2, date))
            {
                Values[group] = Values.GetValueOrDefault(group) + usd;
            }
        }
    }

    /// <summary>The value of the countries in at least one of <paramref name="groups"/>, each counted once.</summary>
    public decimal Union(IReadOnlyCollection<string> groups) =>
        CountryMonths.Where(c => groups.Any(g => CountryGroups.IsMember(g, c.Iso2, c.Date))).Sum(c => c.Usd);
}
