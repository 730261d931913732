using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade.Queries;

namespace Neraca.Trade;

/// <summary>
/// The trade figures as BPS computes them, for the CLI, the API, the web pages and reports alike.
/// Rules: docs/decisions/0005-figures-rules.md. Province null or 0 means Indonesia as a whole.
/// Results are reused until the next import commits (<see cref="FiguresCache"/>); <paramref name="cache"/> false always
/// computes (benchmarks, and tests that compare the two).
/// </summary>
public sealed partial class TradeFigures(NeracaDb db, bool cache = true)
{
    /// <summary>The longest range one call may ask for (100 years of months).</summary>
    public const int MaxMonths = 1200;

    /// <summary>Exports, imports, balance, changes and cumulative figures per month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public Task<IReadOnlyList<BalanceRow>> MonthlyBalanceAsync(short? province, YearMonth from, YearMonth to, CancellationToken ct = default) =>
        BalanceAsync(province, from, to, Granularity.Month, ct);

    /// <summary>
    /// The balance per month, per quarter ("2020-Q1": the quarters the range touches) or per year ("2020": the years it touches).
    /// For quarters the "mom" fields compare with the previous quarter; for years they are null.
    /// </summary>
    /// <exception cref="TradeArgumentException">from after to, an unknown province, or a range over <see cref="MaxMonths"/>.</exception>
    public async Task<IReadOnlyList<BalanceRow>> BalanceAsync(short? province, YearMonth from, YearMonth to, Granularity granularity, CancellationToken ct = default)
    {
        var p = CheckProvince(province);
        CheckRange(from, to);

        return await CachedAsync<IReadOnlyList<BalanceRow>>(Key("balance", p, from, to, granularity), async c =>
        {
            var scopes = await MonthTotalsQuery.RunAsync(c, from.Year - 1, to.Year, p ?? -1, ct);
            var coverage = await DetailCoverage.LoadAsync(c, scopes, from.Year - 1, to.Year, ct);
            var grid = await GridAsync(c, scopes, p, coverage, from.Year - 1, to.Year, ct);
            return [.. BalancePeriods.For(from, to, granularity).Select(spec => BalanceBuilder.Row(grid, spec))];
        }, ct);
    }

    /// <summary>
    /// The balance of every province (each code of <see cref="Provinces.All"/> but Indonesia, 99 "unspecified" included)
    /// over the same periods, from one query: each province's rows equal <see cref="BalanceAsync"/> for that province.
    /// </summary>
    /// <exception cref="TradeArgumentException">from after to, or a range over <see cref="MaxMonths"/>.</exception>
    public async Task<IReadOnlyList<ProvinceBalance>> BalanceByProvinceAsync(YearMonth from, YearMonth to, Granularity granularity, CancellationToken ct = default)
    {
        CheckRange(from, to);
        return await CachedAsync<IReadOnlyList<ProvinceBalance>>(Key("by-province", from, to, granularity), async c =>
        {
            var rows = await MonthTotalsQuery.RunAsync(c, from.Year - 1, to.Year, -1, ct);
            var coverage = await DetailCoverage.LoadAsync(c, rows, from.Year - 1, to.Year, ct);
            var byProvince = rows.ToLookup(r => r.Province);
            var periods = BalancePeriods.For(from, to, granularity).ToList();
            var provinces = ProvinceCode.Choices(ProvinceKinds.Province | ProvinceKinds.Unspecified).ToList();
            var grids = provinces.ConvertAll(p => MonthGrid.Build(byProvince[p.Code], p.Code, coverage));
            if (grids.Exists(g => g.CoverageDiffers(Flow.Export) || g.CoverageDiffers(Flow.Import)))
            {
                var chapters = (await ChapterTotalsQuery.RunAsync(c, from.Year - 1, to.Year, -2, ct)).ToLookup(r => r.Province);
                for (var i = 0; i < grids.Count; i++)
                {
                    grids[i].AttachChapterValues(chapters[provinces[i].Code].Select(ChapterValue));
                }
            }

            return [.. provinces.Select((p, i) => new ProvinceBalance(p.Code, p.Name, [.. periods.Select(spec => BalanceBuilder.Row(grids[i], spec))]))];
        }, ct);
    }

    /// <summary>
    /// The loaded figures of a province (null = Indonesia), with each figure's value per chapter when the chapters loaded
    /// differ between periods of the range (a like-for-like change needs them: docs/decisions/0014).
    /// </summary>
    internal static async Task<MonthGrid> GridAsync(DbConnection c, IEnumerable<MonthTotalRow> scopes, short? p, DetailCoverage coverage, int fromYear, int toYear, CancellationToken ct)
    {
        var grid = MonthGrid.Build(scopes, p, coverage);
        if (grid.CoverageDiffers(Flow.Export) || grid.CoverageDiffers(Flow.Import))
        {
            grid.AttachChapterValues((await ChapterTotalsQuery.RunAsync(c, fromYear, toYear, p ?? -1, ct)).Select(ChapterValue));
        }

        return grid;
    }

    private static (Flow, int, int, string, decimal) ChapterValue(ChapterTotalRow r) => (r.Flow, r.Year, r.Month, r.Hs2, Money.FromMilli(r.ValueMilli));

    /// <summary>Province null or 0 → null (Indonesia); an unknown code is a bad parameter (for callers validating early).</summary>
    /// <exception cref="TradeArgumentException">an unknown province code.</exception>
    public static short? CheckProvince(short? province)
    {
        if (province is null)
        {
            return null;
        }

        return ProvinceCode.TryFrom(province.Value, ProvinceKinds.Query, out var code)
            ? code.QueryValue
            : throw new TradeArgumentException("province", string.Create(CultureInfo.InvariantCulture,
                $"unknown province code {province} (BPS codes such as 18 = Lampung; 0 or none = Indonesia)"));
    }

    private static void CheckRange(YearMonth from, YearMonth to)
    {
        if (from > to)
        {
            throw new TradeArgumentException("from", $"--from {from} is after --to {to}");
        }

        if (to.Index - from.Index >= MaxMonths)
        {
            throw new TradeArgumentException("to", string.Create(CultureInfo.InvariantCulture, $"a range may cover at most {MaxMonths} months"));
        }
    }

    /// <summary>The cached value when no import has committed since; else one connection for the latest-batch check and the query.</summary>
    private async Task<T> CachedAsync<T>(string key, Func<DbConnection, Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var database = db.Database.GetConnectionString() ?? "";
        if (cache && FiguresCache.TryGetRecent<T>(database, key, out var recent))
        {
            return recent!; // no connection at all: the latest batch was checked a moment ago
        }

        return await WithConnectionAsync(c => cache ? FiguresCache.GetOrComputeAsync(c, database, key, () => compute(c), ct) : compute(c), ct);
    }

    private static string Key(params object?[] parts) => string.Join('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));

    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> query, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await query(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>One province's balance rows (see <see cref="TradeFigures.BalanceByProvinceAsync"/>).</summary>
public sealed record ProvinceBalance(short Province, string Name, IReadOnlyList<BalanceRow> Rows);
