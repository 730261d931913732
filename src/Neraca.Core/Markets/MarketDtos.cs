using System.Text.Json.Serialization;

namespace Neraca.Markets;

/// <summary>One part of a market's score: its weight, its value from 0 to 1, the points it gives, or why it is missing.</summary>
public sealed record ScorePart
{
    [JsonPropertyName("part")] public string Part { get; init; } = "";
    [JsonPropertyName("weight")] public decimal Weight { get; init; }

    /// <summary>0..1, rounded to 4 decimals; null when the part is missing.</summary>
    [JsonPropertyName("value")] public decimal? Value { get; init; }
    [JsonPropertyName("points")] public decimal Points { get; init; }
    [JsonPropertyName("missing_reason")] public string? MissingReason { get; init; }
}

/// <summary>A requirement of the market for the product, and whether a registered business of the province meets it.</summary>
public sealed record RequirementView
{
    [JsonPropertyName("code")] public string Code { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("certification")] public string? Certification { get; init; }

    /// <summary>True when at least one registered business making the product holds the certification, valid on the date.</summary>
    [JsonPropertyName("met")] public bool Met { get; init; }
}

/// <summary>A candidate market (the CLI's JSON array element, docs/decisions/0023). Amounts in US$, null where unknown.</summary>
public sealed record MarketRow
{
    [JsonPropertyName("country")] public string Country { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("score")] public decimal Score { get; init; }
    [JsonPropertyName("demand_usd")] public decimal? DemandUsd { get; init; }
    [JsonPropertyName("demand_share_pct")] public decimal? DemandSharePct { get; init; }
    [JsonPropertyName("demand_growth_pct")] public decimal? DemandGrowthPct { get; init; }
    [JsonPropertyName("indonesia_exports_usd")] public decimal? IndonesiaExportsUsd { get; init; }
    [JsonPropertyName("province_exports_usd")] public decimal? ProvinceExportsUsd { get; init; }
    [JsonPropertyName("agreements")] public IReadOnlyList<string> Agreements { get; init; } = [];
    [JsonPropertyName("requirements")] public IReadOnlyList<RequirementView> Requirements { get; init; } = [];
    [JsonPropertyName("notes")] public IReadOnlyList<string> Notes { get; init; } = [];
    [JsonPropertyName("parts")] public IReadOnlyList<ScorePart> Parts { get; init; } = [];
}

/// <summary>The province's supply of the product: the same for every market, so shown once beside the ranking.</summary>
public sealed record MarketSupply
{
    [JsonPropertyName("province_exports_usd")] public decimal? ProvinceExportsUsd { get; init; }

    /// <summary>The province's exports of the product per year (oldest first), null where the year is not loaded.</summary>
    [JsonPropertyName("trend")] public IReadOnlyList<YearValue> Trend { get; init; } = [];
    [JsonPropertyName("change_pct")] public decimal? ChangePct { get; init; }
    [JsonPropertyName("rca")] public decimal? Rca { get; init; }
    [JsonPropertyName("rca_world")] public decimal? RcaWorld { get; init; }
    [JsonPropertyName("businesses")] public int Businesses { get; init; }

    /// <summary>Monthly capacity summed per unit ("40 ton", "2000 kg").</summary>
    [JsonPropertyName("capacity")] public IReadOnlyList<string> Capacity { get; init; } = [];

    /// <summary>Certification types held, valid on the date, with the number of businesses holding each.</summary>
    [JsonPropertyName("certifications")] public IReadOnlyList<string> Certifications { get; init; } = [];
    [JsonPropertyName("notes")] public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record YearValue(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("value_usd")] decimal? ValueUsd);

/// <summary>A market ranking for a product and a province: the supply, the weights and every candidate market.</summary>
public sealed record MarketRanking
{
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("product")] public string Product { get; init; } = "";

    /// <summary>The HS code the world data were read at (the nearest level loaded: HS6 or HS4).</summary>
    [JsonPropertyName("world_hs")] public string WorldHs { get; init; } = "";
    [JsonPropertyName("province")] public short Province { get; init; }
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("date")] public DateOnly Date { get; init; }
    [JsonPropertyName("world_usd")] public decimal? WorldUsd { get; init; }
    [JsonPropertyName("weights")] public IReadOnlyDictionary<string, decimal> Weights { get; init; } = MarketScore.Weights;
    [JsonPropertyName("supply")] public MarketSupply Supply { get; init; } = new();
    [JsonPropertyName("notes")] public IReadOnlyList<string> Notes { get; init; } = [];
    [JsonPropertyName("markets")] public IReadOnlyList<MarketRow> Markets { get; init; } = [];
}
