namespace Neraca.Commodities;

/// <summary>How concentrated exports are, by the usual HHI thresholds (0.15 and 0.25).</summary>
public static class ConcentrationLevel
{
    public const string Unconcentrated = "unconcentrated";
    public const string Moderate = "moderate";
    public const string High = "high";
}

/// <summary>Why a unit value could not be computed, or "ok".</summary>
public static class UnitValueFlag
{
    public const string Ok = "ok";

    /// <summary>
    /// The data of the code are reported with fewer than <see cref="CommodityReasons.UnitValueDigits"/> digits (a chapter or
    /// heading): a US$/kg of "all fish" mixes unlike goods, so none is computed (issue 11).
    /// </summary>
    public const string TooCoarse = CommodityReasons.TooCoarse;

    /// <summary>The net weight is zero while there is a value: never divided by.</summary>
    public const string ZeroWeight = "zero_weight";

    /// <summary>At least one fact of the group has no weight, so the value and weight do not describe the same goods.</summary>
    public const string MissingWeight = "missing_weight";

    /// <summary>A series point whose period is not loaded: no value at all.</summary>
    public const string NoData = "no_data";

    /// <summary>A series point whose period is loaded but nothing of the code (with the partner) was traded.</summary>
    public const string NoTrade = "no_trade";
}

/// <summary>The formulas of the commodity analyses; <c>decimal</c> throughout, null instead of a division by zero.</summary>
public static class CommodityMath
{
    public const decimal ModerateThreshold = 0.15m;
    public const decimal HighThreshold = 0.25m;

    /// <summary>
    /// Balassa's revealed comparative advantage of region p in product j against reference n:
    /// (x_pj / X_p) / (x_nj / X_n). Null when X_p, X_n or x_nj is zero (the share of j in the reference is undefined or 0).
    /// </summary>
    public static decimal? Rca(decimal xpj, decimal xp, decimal xnj, decimal xn)
    {
        if (xp == 0m || xn == 0m || xnj == 0m)
        {
            return null;
        }

        return xpj / xp / (xnj / xn);
    }

    /// <summary>Herfindahl–Hirschman index: the sum of squared shares (as fractions, 0..1). Null when the total is zero.</summary>
    public static decimal? Hhi(IEnumerable<decimal> values)
    {
        var list = values.Where(v => v > 0m).ToList();
        var total = list.Sum();
        if (total == 0m)
        {
            return null;
        }

        return list.Sum(v => v / total * (v / total));
    }

    /// <summary>Below 0.15 unconcentrated, 0.15 to 0.25 moderate, above 0.25 high; null for a null index.</summary>
    public static string? Level(decimal? hhi) => hhi switch
    {
        null => null,
        < ModerateThreshold => ConcentrationLevel.Unconcentrated,
        <= HighThreshold => ConcentrationLevel.Moderate,
        _ => ConcentrationLevel.High,
    };

    /// <summary>US$ per kg; flagged and null when any weight is missing or the weight is zero.</summary>
    public static (decimal? UsdPerKg, string Flag) UnitValue(decimal valueUsd, decimal weightKg, bool anyWeightMissing)
    {
        if (anyWeightMissing)
        {
            return (null, UnitValueFlag.MissingWeight);
        }

        return weightKg == 0m ? (null, UnitValueFlag.ZeroWeight) : (valueUsd / weightKg, UnitValueFlag.Ok);
    }

    /// <summary>Rounds a ratio (RCA, HHI, US$/kg) to 4 decimals, half away from zero, for output.</summary>
    public static decimal? Round4(decimal? value) => value is decimal v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;
}
