using System.Globalization;
using Neraca.Common.Tables;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>
/// Every analysis as a flat table (header + text cells, invariant culture): the CLI's table and CSV and the API's CSV
/// download all come from here. Empty cell = null ("cannot be computed").
/// </summary>
public sealed record CommodityTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public static CommodityTable For(AnalysisHeader result, bool indonesian) => result switch
    {
        CategoryBreakdown b => new(TitleOf(b), ["category", "label", "value_usd", "share_pct", "mom_pct", "yoy_pct", "cum_usd", "cum_yoy_pct"],
            [.. b.Rows.Select(r => new[] { r.Category, indonesian ? r.LabelId : r.LabelEn, U(r.ValueUsd), P(r.SharePct), P(r.MomPct), P(r.YoyPct), U(r.CumUsd), P(r.CumYoyPct) })]),
        RawProcessedResult r => new(TitleOf(r), ["period", "raw_usd", "processed_usd", "unspecified_usd", "total_usd", "raw_share_pct", "processed_share_pct", "mixed_usd"],
            [.. r.Rows.Select(x => new[] { x.Period, U(x.RawUsd), U(x.ProcessedUsd), U(x.UnspecifiedUsd), U(x.TotalUsd), P(x.RawSharePct), P(x.ProcessedSharePct), U(x.MixedUsd) })]),
        UnitValueResult u => new(TitleOf(u), ["hs", "partner", "value_usd", "weight_kg", "usd_per_kg", "flag", "year_ago_usd_per_kg", "change_pct"],
            [.. u.Rows.Select(x => new[] { x.Hs, x.Partner, U(x.ValueUsd), U(x.WeightKg), R(x.UsdPerKg), x.Flag, R(x.YearAgoUsdPerKg), P(x.ChangePct) })]),
        UnitValueTrendResult t => new(TitleOf(t), ["hs", "label", "partner", "period", "value_usd", "weight_kg", "usd_per_kg", "flag"],
            [.. t.Series.SelectMany(x => x.Points.Select(p => new[] { x.Hs, x.Label, x.Partner, p.Period, U(p.ValueUsd), U(p.WeightKg), R(p.UsdPerKg), p.Flag }))]),
        RcaResult c => new(TitleOf(c), ["hs", "label", "province_usd", "national_usd", "province_share_pct", "national_share_pct", "rca", "advantage", "world_usd", "world_share_pct", "rca_world", "advantage_world"],
            [.. c.Rows.Select(x => new[]
            {
                x.Hs, x.Label, U(x.ProvinceUsd), U(x.NationalUsd), P(x.ProvinceSharePct), P(x.NationalSharePct), R(x.Rca), B(x.Advantage),
                U(x.WorldUsd), P(x.WorldSharePct), R(x.RcaWorld), B(x.AdvantageWorld),
            })]),
        ConcentrationResult c => new(TitleOf(c), ["period", "export_usd", "products", "markets", "product_hhi", "product_level", "market_hhi", "market_level"],
            [.. c.Rows.Select(x => new[] { x.Period, U(x.ExportUsd), I(x.Products), I(x.Markets), R(x.ProductHhi), x.ProductLevel ?? "", R(x.MarketHhi), x.MarketLevel ?? "" })]),
        ImportWatchResult w => new(TitleOf(w),
            ["rank", "hs", "label", "end_use", "import_usd", "import_year_ago_usd", "import_yoy_pct", "export_usd", "evidence", "local_businesses", "local_products", "local_evidence"],
            [.. w.Rows.Select(x => new[]
            {
                I(x.Rank), x.Hs, x.Label, x.EndUse, U(x.ImportUsd), U(x.ImportYearAgoUsd), P(x.ImportYoyPct), U(x.ExportUsd),
                string.Join("; ", x.Evidence.Select(e => $"{(e.Partner.Length == 0 ? "?" : e.Partner)} {U(e.ValueUsd)}")),
                I(x.LocalBusinesses), I(x.LocalProducts), string.Join("; ", x.LocalEvidence.Select(l => $"{l.Business}: {l.Product} ({l.Hs})")),
            })]),
        _ => throw new ArgumentException("unknown analysis", nameof(result)),
    };

    /// <summary>The CLI's CSV (English dialect), written by the one <see cref="CsvWriter"/>.</summary>
    public string ToCsv() => ToCsv(CsvDialect.English);

    public string ToCsv(CsvDialect dialect, IReadOnlyList<string>? header = null) => TableColumns.Csv(Header, Rows, dialect, header);

    private static string TitleOf(AnalysisHeader h)
    {
        var province = h.Province?.ToString(CultureInfo.InvariantCulture) ?? "Indonesia";
        var editions = h.SpansHsEditions ? $" — spans HS editions {string.Join("/", h.HsEditions)}" : "";
        var source = h.Classification is null ? "" : $" ({h.Classification})";
        return $"{h.Analysis} {h.Period} province {province}{source}{editions}";
    }

    private static string U(decimal? v) => v is decimal d ? TradeFormat.Usd(d) : "";

    private static string P(decimal? v) => v is decimal d ? TradeFormat.Pct(d) : "";

    private static string R(decimal? v) => v is decimal d ? d.ToString("0.####", CultureInfo.InvariantCulture) : "";

    private static string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string B(bool? v) => v switch { true => "true", false => "false", null => "" };
}
