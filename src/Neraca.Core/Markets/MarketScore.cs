using Neraca.Common;

namespace Neraca.Markets;

/// <summary>
/// The market score (docs/decisions/0023), after ITC's Export Potential Map: demand, the province's and Indonesia's
/// relationship with the market, agreements and requirements, each a value from 0 to 1 times its weight; the weights add
/// up to 100. A missing part gives no points and is named with its reason: missing data never raise a score.
/// </summary>
public static class MarketScore
{
    public const string DemandShare = "demand_share";
    public const string DemandGrowth = "demand_growth";
    public const string IndonesiaExports = "indonesia_exports";
    public const string ProvinceExports = "province_exports";
    public const string Agreement = "agreement";
    public const string Requirements = "requirements";

    /// <summary>Growth is capped at ±20 % a year before it is scaled to 0..1, so one volatile market cannot dominate.</summary>
    public const decimal GrowthCapPct = 20m;

    public static IReadOnlyDictionary<string, decimal> Weights { get; } = new SortedList<string, decimal>(StringComparer.Ordinal)
    {
        [DemandShare] = 35m,
        [DemandGrowth] = 10m,
        [IndonesiaExports] = 15m,
        [ProvinceExports] = 10m,
        [Agreement] = 15m,
        [Requirements] = 15m,
    };

    /// <summary>The parts in the order the page shows them.</summary>
    public static IReadOnlyList<string> Order { get; } = [DemandShare, DemandGrowth, IndonesiaExports, ProvinceExports, Agreement, Requirements];

    /// <summary>A value relative to the largest among the candidates (0..1); 0 when the largest is 0.</summary>
    public static decimal Relative(decimal value, decimal largest) => largest <= 0m ? 0m : Math.Clamp(value / largest, 0m, 1m);

    /// <summary>Annual growth in % scaled to 0..1: −20 % or less is 0, 0 % is 0.5, +20 % or more is 1.</summary>
    public static decimal Growth(decimal growthPct) => (Math.Clamp(growthPct, -GrowthCapPct, GrowthCapPct) + GrowthCapPct) / (2m * GrowthCapPct);

    /// <summary>The share of requirements met; 1 when the market has none for the product.</summary>
    public static decimal RequirementsMet(int met, int total) => total == 0 ? 1m : (decimal)met / total;

    public static ScorePart Part(string part, decimal? value, string? missingReason) => new()
    {
        Part = part,
        Weight = Weights[part],
        Value = value is decimal v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null,
        Points = value is decimal p ? Percent.Round(p * Weights[part]) : 0m,
        MissingReason = value is null ? missingReason : null,
    };

    /// <summary>The score: the sum of weight × value over the parts present, from unrounded values, rounded to 2 decimals.</summary>
    public static decimal Total(IEnumerable<(string Part, decimal? Value)> values) =>
        Percent.Round(values.Sum(v => v.Value is decimal x ? x * Weights[v.Part] : 0m));
}
