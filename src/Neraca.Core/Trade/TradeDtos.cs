using System.Text.Json.Serialization;

namespace Neraca.Trade;

public enum Granularity
{
    Month,
    Quarter,
    Year,
}

public enum TopBy
{
    Hs2,
    Hs4,
    Hs6,
    Hs8,
    Country,
    Port,
    Group,
}

/// <summary>Where a figure comes from.</summary>
public static class FigureSource
{
    /// <summary>A published total (press release figure) for the scope.</summary>
    public const string Published = "published";

    /// <summary>The sum of detailed facts (no published total loaded for the scope).</summary>
    public const string Detail = "detail";

    /// <summary>A quarter or year whose months come from different sources (each month is still one source).</summary>
    public const string Mixed = "mixed";
}

/// <summary>
/// One row of `balance`: a month ("2020-01"), a quarter ("2020-Q1") or a year ("2020").
/// The JSON names are a contract (docs/cli-json.md): never rename them. Null means "cannot be computed".
/// </summary>
public sealed record BalanceRow
{
    [JsonPropertyName("period")]
    public required string Period { get; init; }

    [JsonPropertyName("exports_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ExportsUsd { get; init; }

    [JsonPropertyName("imports_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ImportsUsd { get; init; }

    [JsonPropertyName("balance_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? BalanceUsd { get; init; }

    /// <summary>Change against the previous month (quarter for quarters; null for years).</summary>
    [JsonPropertyName("exports_mom_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ExportsMomPct { get; init; }

    [JsonPropertyName("exports_yoy_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ExportsYoyPct { get; init; }

    [JsonPropertyName("imports_mom_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ImportsMomPct { get; init; }

    [JsonPropertyName("imports_yoy_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ImportsYoyPct { get; init; }

    /// <summary>January to the end of the period, same year.</summary>
    [JsonPropertyName("exports_cum_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ExportsCumUsd { get; init; }

    [JsonPropertyName("exports_cum_yoy_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ExportsCumYoyPct { get; init; }

    [JsonPropertyName("imports_cum_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ImportsCumUsd { get; init; }

    [JsonPropertyName("imports_cum_yoy_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? ImportsCumYoyPct { get; init; }

    [JsonPropertyName("exports_mom_change_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ExportsMomChangeUsd { get; init; }

    [JsonPropertyName("exports_yoy_change_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ExportsYoyChangeUsd { get; init; }

    [JsonPropertyName("imports_mom_change_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ImportsMomChangeUsd { get; init; }

    [JsonPropertyName("imports_yoy_change_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ImportsYoyChangeUsd { get; init; }

    /// <summary>(X − M) / (X + M) × 100: +100 only exports, −100 only imports.</summary>
    [JsonPropertyName("balance_ratio_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? BalanceRatioPct { get; init; }

    /// <summary>"published", "detail", "mixed" (quarter/year across sources), or null when there is no data.</summary>
    [JsonPropertyName("exports_source")]
    public string? ExportsSource { get; init; }

    [JsonPropertyName("imports_source")]
    public string? ImportsSource { get; init; }

    /// <summary>For a detail figure, the HS chapters loaded ("unspecified" for facts without an HS code); null otherwise.</summary>
    [JsonPropertyName("exports_hs2_covered")]
    public IReadOnlyList<string>? ExportsHs2Covered { get; init; }

    [JsonPropertyName("imports_hs2_covered")]
    public IReadOnlyList<string>? ImportsHs2Covered { get; init; }

    /// <summary>National detail only: the part of the figure whose province is unspecified (code 99).</summary>
    [JsonPropertyName("exports_unspecified_province_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ExportsUnspecifiedProvinceUsd { get; init; }

    [JsonPropertyName("imports_unspecified_province_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ImportsUnspecifiedProvinceUsd { get; init; }

    /// <summary>
    /// Like for like (docs/decisions/0014): the HS chapters a change compared when they are fewer than the figures hold
    /// (a chapter loaded on one side only is left out); null when the whole figures were compared.
    /// </summary>
    [JsonPropertyName("exports_mom_basis_hs2")]
    public IReadOnlyList<string>? ExportsMomBasisHs2 { get; init; }

    [JsonPropertyName("exports_yoy_basis_hs2")]
    public IReadOnlyList<string>? ExportsYoyBasisHs2 { get; init; }

    [JsonPropertyName("exports_cum_yoy_basis_hs2")]
    public IReadOnlyList<string>? ExportsCumYoyBasisHs2 { get; init; }

    [JsonPropertyName("imports_mom_basis_hs2")]
    public IReadOnlyList<string>? ImportsMomBasisHs2 { get; init; }

    [JsonPropertyName("imports_yoy_basis_hs2")]
    public IReadOnlyList<string>? ImportsYoyBasisHs2 { get; init; }

    [JsonPropertyName("imports_cum_yoy_basis_hs2")]
    public IReadOnlyList<string>? ImportsCumYoyBasisHs2 { get; init; }

    /// <summary>Why a change is null: "no_data", "no_base", "basis_differs", "no_common_chapters" or "zero_base"; null when it exists.</summary>
    [JsonPropertyName("exports_mom_reason")]
    public string? ExportsMomReason { get; init; }

    [JsonPropertyName("exports_yoy_reason")]
    public string? ExportsYoyReason { get; init; }

    [JsonPropertyName("exports_cum_yoy_reason")]
    public string? ExportsCumYoyReason { get; init; }

    [JsonPropertyName("imports_mom_reason")]
    public string? ImportsMomReason { get; init; }

    [JsonPropertyName("imports_yoy_reason")]
    public string? ImportsYoyReason { get; init; }

    [JsonPropertyName("imports_cum_yoy_reason")]
    public string? ImportsCumYoyReason { get; init; }

    /// <summary>True when any change of the row compared part of the figures only (see the *_basis_hs2 fields).</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>A year only: the chapters whose value is the annual figure because their 12 months are not all loaded.</summary>
    [JsonPropertyName("exports_hs2_annual")]
    public IReadOnlyList<string>? ExportsHs2Annual { get; init; }

    [JsonPropertyName("imports_hs2_annual")]
    public IReadOnlyList<string>? ImportsHs2Annual { get; init; }
}

/// <summary>One ranked member of `top`. The first six JSON names are a contract (docs/cli-json.md).</summary>
public sealed record TopRow
{
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("value_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? ValueUsd { get; init; }

    [JsonPropertyName("share_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? SharePct { get; init; }

    [JsonPropertyName("mom_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? MomPct { get; init; }

    [JsonPropertyName("yoy_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? YoyPct { get; init; }

    [JsonPropertyName("rank")]
    public int Rank { get; init; }

    [JsonPropertyName("label_id")]
    public required string LabelId { get; init; }

    [JsonPropertyName("label_en")]
    public required string LabelEn { get; init; }

    /// <summary>True for an "unspecified" member (no HS code, no country, no port; or a code shorter than asked).</summary>
    [JsonPropertyName("unspecified")]
    public bool Unspecified { get; init; }
}

/// <summary>A ranking with its totals: the top N, their combined share ("peranan"), the rest and the total.</summary>
public sealed record TopResult
{
    [JsonPropertyName("by")]
    public required string By { get; init; }

    [JsonPropertyName("flow")]
    public required string Flow { get; init; }

    [JsonPropertyName("period")]
    public required string Period { get; init; }

    /// <summary>BPS province code; null for Indonesia as a whole.</summary>
    [JsonPropertyName("province")]
    public short? Province { get; init; }

    /// <summary>"detail": rankings are always built from detailed facts (published totals have no breakdown).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>
    /// "monthly" (months summed), "annual" (the year's annual figures), "monthly+annual" (a year whose chapters not loaded
    /// in all 12 months take their annual figures: docs/decisions/0014) or null when there is no data.
    /// </summary>
    [JsonPropertyName("basis")]
    public string? Basis { get; init; }

    [JsonPropertyName("rows")]
    public required IReadOnlyList<TopRow> Rows { get; init; }

    [JsonPropertyName("top_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? TopUsd { get; init; }

    /// <summary>"Peranan": the share of the listed rows together (for overlapping groups, of their member countries together).</summary>
    [JsonPropertyName("top_share_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? TopSharePct { get; init; }

    [JsonPropertyName("rest_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? RestUsd { get; init; }

    /// <summary>100 − <see cref="TopSharePct"/>, so the two add up to exactly 100.</summary>
    [JsonPropertyName("rest_share_pct")]
    [JsonConverter(typeof(PctJsonConverter))]
    public decimal? RestSharePct { get; init; }

    [JsonPropertyName("total_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? TotalUsd { get; init; }

    /// <summary>The share of the total whose member is unspecified (no HS code / country / port).</summary>
    [JsonPropertyName("unspecified_usd")]
    [JsonConverter(typeof(UsdJsonConverter))]
    public decimal? UnspecifiedUsd { get; init; }

    /// <summary>Like for like (docs/decisions/0014): the chapters the MoM changes compared when fewer than loaded; else null.</summary>
    [JsonPropertyName("mom_basis_hs2")]
    public IReadOnlyList<string>? MomBasisHs2 { get; init; }

    [JsonPropertyName("yoy_basis_hs2")]
    public IReadOnlyList<string>? YoyBasisHs2 { get; init; }

    /// <summary>True when a change compared part of the figures only (see the *_basis_hs2 fields).</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>Groups only: every change counts the members of this period (the ranked one) on both sides.</summary>
    [JsonPropertyName("group_membership")]
    public string? GroupMembership { get; init; }
}
