using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Trade.Queries;

namespace Neraca.Commodities;

/// <summary>
/// One detailed fact as the analyses see it: HS code as reported, partner (ISO alpha-2, else the stored name, "" =
/// unspecified), value and weight. <paramref name="WeightMissing"/> is true when any source fact had no weight.
/// </summary>
public readonly record struct CommodityFact(
    Flow Flow, int Year, int Month, short Province, string Hs, string Partner, decimal ValueUsd, decimal WeightKg, bool WeightMissing);

/// <summary>
/// The detailed facts of a year range and which flow × month × province slices are loaded (active detail scopes).
/// Follows docs/decisions/0005-figures-rules.md: a month needs its own detail; a year is its 12 months when all are
/// loaded, else its annual detail (month 0), else no data (null). Monthly and annual facts are never added.
/// </summary>
public sealed class CommodityData
{
    private readonly Dictionary<(Flow, int, int), List<CommodityFact>> facts = [];

    /// <param name="loaded">Every flow × year × month × province with active detail (<see cref="DetailCoverage"/>).</param>
    public CommodityData(IEnumerable<CommodityFact> facts, IEnumerable<(Flow Flow, int Year, int Month, short Province)> loaded)
        : this(facts, new DetailCoverage(loaded))
    {
    }

    /// <param name="coverage">The figures engine's coverage rule: a province absent from a file has no data, not zero.</param>
    public CommodityData(IEnumerable<CommodityFact> facts, DetailCoverage coverage)
    {
        Coverage = coverage;
        foreach (var f in facts)
        {
            var key = (f.Flow, f.Year, f.Month);
            if (!this.facts.TryGetValue(key, out var list))
            {
                this.facts[key] = list = [];
            }

            list.Add(f);
        }
    }

    public DetailCoverage Coverage { get; }

    /// <summary>Facts of the period for a province (null = Indonesia: every province); null when not loaded.</summary>
    public IReadOnlyList<CommodityFact>? Select(Flow flow, TradePeriod period, short? province)
    {
        if (!period.IsYear)
        {
            return Covered(flow, period.Year, period.Month, province) ? Facts(flow, period.Year, [period.Month], province) : null;
        }

        if (Enumerable.Range(1, 12).All(m => Covered(flow, period.Year, m, province)))
        {
            return Facts(flow, period.Year, [.. Enumerable.Range(1, 12)], province);
        }

        return Covered(flow, period.Year, 0, province) ? Facts(flow, period.Year, [0], province) : null;
    }

    /// <summary>January to the period's month (a year: the year itself); null unless every month is loaded.</summary>
    public IReadOnlyList<CommodityFact>? Cumulative(Flow flow, TradePeriod period, short? province)
    {
        if (period.IsYear)
        {
            return Select(flow, period, province);
        }

        var months = Enumerable.Range(1, period.Month).ToArray();
        return months.All(m => Covered(flow, period.Year, m, province)) ? Facts(flow, period.Year, months, province) : null;
    }

    /// <summary>
    /// Two periods' facts for a like-for-like change (docs/decisions/0014): when the HS chapters loaded differ, both
    /// sides keep only the chapters loaded on both, and <c>BasisHs2</c> lists them ("unspecified" = no HS code); else
    /// both whole and <c>BasisHs2</c> null. A side not loaded is null.
    /// </summary>
    public (IReadOnlyList<CommodityFact>? Current, IReadOnlyList<CommodityFact>? Base, IReadOnlyList<string>? BasisHs2) Comparable(
        Flow flow, TradePeriod current, TradePeriod @base, short? province, bool cumulative = false)
    {
        var now = cumulative ? Cumulative(flow, current, province) : Select(flow, current, province);
        var then = cumulative ? Cumulative(flow, @base, province) : Select(flow, @base, province);
        if (now is null || then is null)
        {
            return (now, then, null);
        }

        var nowChapters = Loaded(flow, current, province, cumulative);
        var thenChapters = Loaded(flow, @base, province, cumulative);
        if (nowChapters.SetEquals(thenChapters) && now.All(f => nowChapters.Contains(Chapter(f))) && then.All(f => thenChapters.Contains(Chapter(f))))
        {
            return (now, then, null);
        }

        var common = new HashSet<string>(nowChapters.Where(thenChapters.Contains), StringComparer.Ordinal);
        return ([.. now.Where(f => common.Contains(Chapter(f)))], [.. then.Where(f => common.Contains(Chapter(f)))],
            [.. common.Select(h => h.Length == 0 ? "unspecified" : h).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The chapters loaded in every month the period's facts come from ("" = no HS code).</summary>
    private HashSet<string> Loaded(Flow flow, TradePeriod period, short? province, bool cumulative)
    {
        int[] months = period.IsYear
            ? Enumerable.Range(1, 12).All(m => Covered(flow, period.Year, m, province)) ? [.. Enumerable.Range(1, 12)] : [0]
            : cumulative ? [.. Enumerable.Range(1, period.Month)] : [period.Month];
        HashSet<string>? loaded = null;
        foreach (var month in months)
        {
            var chapters = new HashSet<string>(Facts(flow, period.Year, [month], province).Select(Chapter), StringComparer.Ordinal);
            if (province is not null && Coverage.NationalChapters(flow, period.Year, month) is { } national)
            {
                chapters.UnionWith(national);
            }

            if (loaded is null)
            {
                loaded = chapters;
            }
            else
            {
                loaded.IntersectWith(chapters);
            }
        }

        return loaded ?? [];
    }

    private static string Chapter(CommodityFact f) => f.Hs.Length >= 2 ? f.Hs[..2] : "";

    /// <summary>HS chapters present in the facts of a flow (partial detail: e.g. a file of chapters 84 and 85 only).</summary>
    public IReadOnlyList<string> ChaptersOf(Flow flow) =>
        [.. facts.Where(kv => kv.Key.Item1 == flow).SelectMany(kv => kv.Value).Select(f => f.Hs.Length >= 2 ? f.Hs[..2] : "unspecified").Distinct().Order(StringComparer.Ordinal)];

    private bool Covered(Flow flow, int year, int month, short? province) => Coverage.Has(flow, year, month, province);

    private List<CommodityFact> Facts(Flow flow, int year, int[] months, short? province) =>
        [.. months.SelectMany(m => facts.GetValueOrDefault((flow, year, m)) ?? []).Where(f => province is null || f.Province == province)];

    /// <summary>Reads active detail facts of the years (grouped by HS code and partner) and their coverage.</summary>
    internal static async Task<CommodityData> LoadAsync(DbConnection connection, int fromYear, int toYear, short? province, CancellationToken ct)
    {
        var p = province ?? (short)-1;
        var parameters = new (string, object?)[]
        {
            ("@true", true), ("@detail", (byte)Basis.Detail), ("@y0", (short)fromYear), ("@y1", (short)toYear), ("@p", p),
        };
        var facts = new List<CommodityFact>();
        await using (var command = Sql.Command(connection, null, CommodityQueries.Facts, parameters))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                facts.Add(new CommodityFact(
                    (Flow)Db.Int(r, 0), Db.Int(r, 1), Db.Int(r, 2), (short)Db.Int(r, 3), r.GetString(4),
                    Db.String(r, 5) ?? Db.String(r, 6) ?? "", Money.FromMilli(Db.Long(r, 7)), Db.Long(r, 8) / 1000m, Db.Long(r, 9) > 0));
            }
        }

        var totals = await MonthTotalsQuery.RunAsync(connection, fromYear, toYear, p, ct);
        return new CommodityData(facts, await DetailCoverage.LoadAsync(connection, totals, fromYear, toYear, ct));
    }
}

/// <summary>SQL of the commodity analyses, valid on SQLite and PostgreSQL. Detail only, active scopes only.</summary>
internal static class CommodityQueries
{
    private const string ScopeFilter = """
        s.is_active = @true AND s.basis = @detail AND s.year >= @y0 AND s.year <= @y1 AND (@p = -1 OR s.province_code = @p)
        """;

    /// <summary>Facts summed by flow, month, province, HS code and partner; weight summed with the count of facts without one.</summary>
    public const string Facts = $"""
        SELECT s.flow, s.year, s.month, s.province_code, h.code, c.iso2, c.name,
               SUM(f.value_milli), SUM(f.net_weight_grams), SUM(CASE WHEN f.net_weight_grams IS NULL THEN 1 ELSE 0 END)
        FROM trade_fact f
        JOIN batch_scope s ON s.id = f.scope_id
        JOIN hs_code h ON h.id = f.hs_code_id
        JOIN country c ON c.id = f.country_id
        WHERE {ScopeFilter}
        GROUP BY s.flow, s.year, s.month, s.province_code, h.code, c.iso2, c.name
        """;
}
