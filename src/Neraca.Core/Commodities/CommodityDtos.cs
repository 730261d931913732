using System.Text.Json.Serialization;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>What every analysis states about itself: period, province, classification source and HS editions spanned.</summary>
public abstract record AnalysisHeader
{
    [JsonPropertyName("analysis")] public string Analysis { get; init; } = "";
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("province")] public short? Province { get; init; }
    [JsonPropertyName("classification")] public string? Classification { get; init; }

    /// <summary>Where the classes come from (decision 0031): concordance_loaded, concordance_shipped or built_in_rules.</summary>
    [JsonPropertyName("classification_source")] public string? ClassificationSource { get; init; }

    /// <summary>True when a code was classified by a chapter/heading rule (data under 6 digits, or no concordance): an approximation.</summary>
    [JsonPropertyName("classification_approximation")] public bool? ClassificationApproximation { get; init; }

    /// <summary>HS editions the data were reported in (docs/decisions/0009); more than one means the view spans editions.</summary>
    [JsonPropertyName("hs_editions")] public IReadOnlyList<int> HsEditions { get; init; } = [];
    [JsonPropertyName("spans_hs_editions")] public bool SpansHsEditions => HsEditions.Count > 1;
    [JsonPropertyName("note")] public string? Note { get; init; }

    /// <summary>
    /// Like for like (docs/decisions/0014): the HS chapters each kind of change compared when fewer than loaded (a
    /// chapter loaded on one side only is left out of the change); null when the whole data were compared.
    /// </summary>
    [JsonPropertyName("mom_basis_hs2")] public IReadOnlyList<string>? MomBasisHs2 { get; init; }
    [JsonPropertyName("yoy_basis_hs2")] public IReadOnlyList<string>? YoyBasisHs2 { get; init; }
    [JsonPropertyName("cum_yoy_basis_hs2")] public IReadOnlyList<string>? CumYoyBasisHs2 { get; init; }

    /// <summary>True when a change compared part of the data only (see the *_basis_hs2 fields).</summary>
    [JsonPropertyName("partial")] public bool Partial => MomBasisHs2 is not null || YoyBasisHs2 is not null || CumYoyBasisHs2 is not null;
}

/// <summary>A category (sector, end use) in a period with BPS-style changes. Null = cannot be computed.</summary>
public sealed record CategoryRow
{
    [JsonPropertyName("category")] public string Category { get; init; } = "";
    [JsonPropertyName("label_id")] public string LabelId { get; init; } = "";
    [JsonPropertyName("label_en")] public string LabelEn { get; init; } = "";
    [JsonPropertyName("subtotal")] public bool Subtotal { get; init; }
    [JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ValueUsd { get; init; }
    [JsonPropertyName("share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? SharePct { get; init; }
    [JsonPropertyName("mom_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? MomPct { get; init; }
    [JsonPropertyName("yoy_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? YoyPct { get; init; }
    [JsonPropertyName("cum_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? CumUsd { get; init; }
    [JsonPropertyName("cum_yoy_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? CumYoyPct { get; init; }
}

public sealed record CategoryBreakdown : AnalysisHeader
{
    [JsonPropertyName("flow")] public string Flow { get; init; } = "";
    [JsonPropertyName("total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? TotalUsd { get; init; }
    [JsonPropertyName("rows")] public IReadOnlyList<CategoryRow> Rows { get; init; } = [];
}

public sealed record RawProcessedRow
{
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("raw_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? RawUsd { get; init; }
    [JsonPropertyName("processed_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ProcessedUsd { get; init; }
    [JsonPropertyName("unspecified_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? UnspecifiedUsd { get; init; }

    /// <summary>HS2/HS4 data whose HS6 codes are partly raw, partly processed (decision 0031): not counted as either.</summary>
    [JsonPropertyName("mixed_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? MixedUsd { get; init; }
    [JsonPropertyName("total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? TotalUsd { get; init; }
    [JsonPropertyName("raw_share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? RawSharePct { get; init; }
    [JsonPropertyName("processed_share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? ProcessedSharePct { get; init; }
}

/// <summary>A product whose exports moved most between the period and a year earlier.</summary>
public sealed record ProductMove
{
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("processing")] public string Processing { get; init; } = "";
    [JsonPropertyName("value_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal ValueUsd { get; init; }
    [JsonPropertyName("year_ago_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? YearAgoUsd { get; init; }
    [JsonPropertyName("change_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ChangeUsd { get; init; }
    [JsonPropertyName("change_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? ChangePct { get; init; }
}

public sealed record RawProcessedResult : AnalysisHeader
{
    [JsonPropertyName("rows")] public IReadOnlyList<RawProcessedRow> Rows { get; init; } = [];
    [JsonPropertyName("movers")] public IReadOnlyList<ProductMove> Movers { get; init; } = [];
}

public sealed record UnitValueRow
{
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("partner")] public string Partner { get; init; } = "";
    [JsonPropertyName("value_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal ValueUsd { get; init; }
    [JsonPropertyName("weight_kg"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WeightKg { get; init; }
    [JsonPropertyName("usd_per_kg")] public decimal? UsdPerKg { get; init; }
    [JsonPropertyName("flag")] public string Flag { get; init; } = UnitValueFlag.Ok;
    [JsonPropertyName("year_ago_usd_per_kg")] public decimal? YearAgoUsdPerKg { get; init; }
    [JsonPropertyName("change_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? ChangePct { get; init; }
}

public sealed record UnitValueResult : AnalysisHeader
{
    [JsonPropertyName("flow")] public string Flow { get; init; } = "";
    [JsonPropertyName("rows")] public IReadOnlyList<UnitValueRow> Rows { get; init; } = [];

    /// <summary><c>too_coarse</c> when data reported with fewer than 6 HS digits were left out (issue 11); null otherwise.</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }

    /// <summary>The value of the data left out because they are coarser than 6 digits (null when none).</summary>
    [JsonPropertyName("coarse_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? CoarseUsd { get; init; }
}

public sealed record RcaRow
{
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("province_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal ProvinceUsd { get; init; }
    [JsonPropertyName("national_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal NationalUsd { get; init; }
    [JsonPropertyName("province_share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? ProvinceSharePct { get; init; }
    [JsonPropertyName("national_share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? NationalSharePct { get; init; }
    [JsonPropertyName("rca")] public decimal? Rca { get; init; }
    [JsonPropertyName("advantage")] public bool? Advantage { get; init; }

    /// <summary>x_wj: world exports of the code in the world data's year; null where world data are absent.</summary>
    [JsonPropertyName("world_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WorldUsd { get; init; }
    [JsonPropertyName("world_share_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? WorldSharePct { get; init; }

    /// <summary>RCA against the world: (x_pj / X_p) / (x_wj / X_w); null where world data are absent.</summary>
    [JsonPropertyName("rca_world")] public decimal? RcaWorld { get; init; }
    [JsonPropertyName("advantage_world")] public bool? AdvantageWorld { get; init; }
}

public sealed record RcaResult : AnalysisHeader
{
    [JsonPropertyName("digits")] public int Digits { get; init; }
    [JsonPropertyName("province_total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ProvinceTotalUsd { get; init; }
    [JsonPropertyName("national_total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? NationalTotalUsd { get; init; }

    /// <summary>The year of the world data used (the period's year), null when none are loaded for it.</summary>
    [JsonPropertyName("world_year")] public int? WorldYear { get; init; }

    /// <summary>X_w: the world's exports of the chapters in <see cref="WorldBasisHs2"/> (decision 0031), null when not computed.</summary>
    [JsonPropertyName("world_total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WorldTotalUsd { get; init; }

    /// <summary>The province's exports of the same chapters: the X_p of RCA against the world.</summary>
    [JsonPropertyName("world_province_total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WorldProvinceTotalUsd { get; init; }

    /// <summary>The HS chapters RCA against the world compares on both sides (loaded and in the world table).</summary>
    [JsonPropertyName("world_basis_hs2")] public IReadOnlyList<string>? WorldBasisHs2 { get; init; }
    [JsonPropertyName("world_note")] public string? WorldNote { get; init; }

    /// <summary>The finest HS digits of the export data used; below <see cref="Digits"/> the rows are coarser than asked.</summary>
    [JsonPropertyName("data_digits")] public int DataDigits { get; init; }

    /// <summary><c>coarser_than_asked</c> when <see cref="DataDigits"/> &lt; <see cref="Digits"/>; else null.</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("rows")] public IReadOnlyList<RcaRow> Rows { get; init; } = [];
}

public sealed record ConcentrationRow
{
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("export_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ExportUsd { get; init; }
    [JsonPropertyName("products")] public int? Products { get; init; }
    [JsonPropertyName("markets")] public int? Markets { get; init; }
    [JsonPropertyName("product_hhi")] public decimal? ProductHhi { get; init; }
    [JsonPropertyName("product_level")] public string? ProductLevel { get; init; }
    [JsonPropertyName("market_hhi")] public decimal? MarketHhi { get; init; }
    [JsonPropertyName("market_level")] public string? MarketLevel { get; init; }
}

public sealed record ConcentrationResult : AnalysisHeader
{
    [JsonPropertyName("digits")] public int Digits { get; init; }

    /// <summary>The finest HS digits of the export data of the series; below <see cref="Digits"/> "products" are chapters or headings.</summary>
    [JsonPropertyName("data_digits")] public int DataDigits { get; init; }

    /// <summary><c>coarser_than_asked</c> when <see cref="DataDigits"/> &lt; <see cref="Digits"/> (the product HHI then overstates concentration).</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    [JsonPropertyName("rows")] public IReadOnlyList<ConcentrationRow> Rows { get; init; } = [];
}

/// <summary>An export flow that shows the province also sells the product.</summary>
public sealed record ExportEvidence(
    [property: JsonPropertyName("partner")] string Partner,
    [property: JsonPropertyName("value_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] decimal ValueUsd);

/// <summary>A registered local business's product that matches an imported code (names for office staff only).</summary>
public sealed record LocalEvidence(
    [property: JsonPropertyName("business")] string Business,
    [property: JsonPropertyName("product")] string Product,
    [property: JsonPropertyName("hs")] string Hs);

public sealed record ImportWatchRow
{
    [JsonPropertyName("rank")] public int Rank { get; init; }
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("end_use")] public string EndUse { get; init; } = "";
    [JsonPropertyName("import_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal ImportUsd { get; init; }
    [JsonPropertyName("import_year_ago_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ImportYearAgoUsd { get; init; }
    [JsonPropertyName("import_yoy_pct"), JsonConverter(typeof(PctJsonConverter))] public decimal? ImportYoyPct { get; init; }
    [JsonPropertyName("export_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] public decimal ExportUsd { get; init; }
    [JsonPropertyName("evidence")] public IReadOnlyList<ExportEvidence> Evidence { get; init; } = [];

    /// <summary>Registered businesses of the province making a matching product (docs/decisions/0012), and those products.</summary>
    [JsonPropertyName("local_businesses")] public int LocalBusinesses { get; init; }
    [JsonPropertyName("local_products")] public int LocalProducts { get; init; }

    /// <summary>The matching products with their businesses' names; empty in public outputs (see <see cref="ImportWatchResult.LocalNamesShown"/>).</summary>
    [JsonPropertyName("local_evidence")] public IReadOnlyList<LocalEvidence> LocalEvidence { get; init; } = [];
}

public sealed record EndUseTotal(
    [property: JsonPropertyName("end_use")] string EndUse,
    [property: JsonPropertyName("import_usd"), JsonConverter(typeof(UsdAmountJsonConverter))] decimal ImportUsd);

public sealed record ImportWatchResult : AnalysisHeader
{
    [JsonPropertyName("digits")] public int Digits { get; init; }
    [JsonPropertyName("import_total_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ImportTotalUsd { get; init; }
    [JsonPropertyName("watched_import_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WatchedImportUsd { get; init; }
    [JsonPropertyName("by_end_use")] public IReadOnlyList<EndUseTotal> ByEndUse { get; init; } = [];

    /// <summary>Registered products of the province with an HS code that were matched against the imports.</summary>
    [JsonPropertyName("registry_products")] public int RegistryProducts { get; init; }

    /// <summary>Whether business and product names are included (office staff of the province); counts always are.</summary>
    [JsonPropertyName("local_names_shown")] public bool LocalNamesShown { get; init; }
    [JsonPropertyName("rows")] public IReadOnlyList<ImportWatchRow> Rows { get; init; } = [];

    /// <summary>The same list for a public output: counts of local businesses and products stay, their names go.</summary>
    public ImportWatchResult WithoutLocalNames() =>
        this with { LocalNamesShown = false, Rows = [.. Rows.Select(r => r with { LocalEvidence = [] })] };
}
