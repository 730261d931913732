using System.Text.Json.Serialization;
using Neraca.Common;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>One period of a unit-value series. Null US$/kg with a flag instead of a division by zero or by nothing.</summary>
public sealed record UnitValuePoint
{
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] public decimal? ValueUsd { get; init; }
    [JsonPropertyName("weight_kg"), JsonConverter(typeof(UsdJsonConverter))] public decimal? WeightKg { get; init; }
    [JsonPropertyName("usd_per_kg")] public decimal? UsdPerKg { get; init; }
    [JsonPropertyName("flag")] public string Flag { get; init; } = UnitValueFlag.Ok;
}

/// <summary>US$/kg of one HS code (its sub-codes summed) with one partner, or all partners together ("").</summary>
public sealed record UnitValueSeries
{
    [JsonPropertyName("hs")] public string Hs { get; init; } = "";
    [JsonPropertyName("label")] public string Label { get; init; } = "";
    [JsonPropertyName("partner")] public string Partner { get; init; } = "";
    [JsonPropertyName("points")] public IReadOnlyList<UnitValuePoint> Points { get; init; } = [];
}

public sealed record UnitValueTrendResult : AnalysisHeader
{
    [JsonPropertyName("flow")] public string Flow { get; init; } = "";
    [JsonPropertyName("from")] public string From { get; init; } = "";
    [JsonPropertyName("granularity")] public string Granularity { get; init; } = "";
    [JsonPropertyName("series")] public IReadOnlyList<UnitValueSeries> Series { get; init; } = [];

    /// <summary><c>too_coarse</c> when a point has data of its code only coarser than 6 digits (flagged, not computed); else null.</summary>
    [JsonPropertyName("reason")] public string? Reason => Series.Any(s => s.Points.Any(p => p.Flag == UnitValueFlag.TooCoarse)) ? CommodityReasons.TooCoarse : null;
}

/// <summary>
/// Unit values over a range of months or years (docs/decisions/0009 and 0012): per requested HS code × partner, each
/// period's US$/kg from the facts of that period, flagged `no_data` (period not loaded), `no_trade` (loaded, nothing
/// traded), `zero_weight` or `missing_weight` rather than divided, and `too_coarse` where the code's data are reported
/// with fewer than 6 digits only (a chapter's US$/kg is not a unit value; issue 11). Codes asked must have 6 or 8 digits.
/// </summary>
public static class UnitValueTrend
{
    public const int MaxPoints = 120;
    public const int MaxCodes = 10;

    /// <summary>The start when none is given: five years ending with a year, 24 months ending with a month.</summary>
    public static TradePeriod DefaultFrom(TradePeriod to) => to.IsYear
        ? new TradePeriod(to.Year - 4, 0)
        : TradePeriod.From(new YearMonth(to.Year, to.Month).AddMonths(-23));

    /// <summary>Parses an optional start; empty = <see cref="DefaultFrom"/>.</summary>
    public static TradePeriod ParseFrom(string? text, TradePeriod to) =>
        string.IsNullOrWhiteSpace(text) ? DefaultFrom(to) : TradePeriod.Parse(text, "from");

    /// <summary>The periods from <paramref name="from"/> to <paramref name="to"/>, both years or both months.</summary>
    /// <exception cref="TradeArgumentException">mixed granularity, from after to, or more than <see cref="MaxPoints"/> periods.</exception>
    public static IReadOnlyList<TradePeriod> Range(TradePeriod from, TradePeriod to)
    {
        if (from.IsYear != to.IsYear)
        {
            throw new TradeArgumentException("from", $"--from {from} and --period {to} must both be years or both months");
        }

        var periods = from.IsYear
            ? Enumerable.Range(from.Year, Math.Max(0, to.Year - from.Year + 1)).Select(y => new TradePeriod(y, 0)).ToList()
            : [.. Enumerable.Range(0, Math.Max(0, To(to) - To(from) + 1)).Select(i => TradePeriod.From(new YearMonth(from.Year, from.Month).AddMonths(i)))];
        if (periods.Count == 0)
        {
            throw new TradeArgumentException("from", $"--from {from} is after --period {to}");
        }

        return periods.Count <= MaxPoints ? periods : throw new TradeArgumentException("from", $"a series may have at most {MaxPoints} periods");
    }

    /// <summary>Parses "090111,090121" into HS codes (digits, 6–8 long, at most <see cref="MaxCodes"/>).</summary>
    /// <exception cref="TradeArgumentException">no code, too many, not digits, or a chapter/heading (fewer than 6 digits).</exception>
    public static IReadOnlyList<string> Codes(string? text)
    {
        var codes = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0 || codes.Count > MaxCodes || codes.Any(c => c.Length is < CommodityReasons.UnitValueDigits or > 8 || !c.All(char.IsAsciiDigit)))
        {
            throw new TradeArgumentException("hs", $"--hs must be 1 to {MaxCodes} HS codes of 6–8 digits separated by commas (e.g. 090111,090121), not '{text}': a unit value of a chapter or heading mixes unlike goods");
        }

        return codes;
    }

    public static UnitValueTrendResult Build(
        CommodityData data, Flow flow, IReadOnlyList<TradePeriod> periods, short? province, IReadOnlyList<string> codes, string? partner, Func<string, string> label)
    {
        var loaded = periods.Select(p => (Period: p, Facts: data.Select(flow, p, province))).ToList();
        var series = codes.Select(hs => new UnitValueSeries
        {
            Hs = hs,
            Label = label(hs),
            Partner = partner ?? "",
            Points = [.. loaded.Select(l => Point(l.Period, l.Facts, hs, partner))],
        }).ToList();
        return new UnitValueTrendResult
        {
            Analysis = "unit-value-trend",
            Flow = FlowNames.Of(flow),
            From = periods[0].ToString(),
            Period = periods[^1].ToString(),
            Granularity = periods[0].IsYear ? "year" : "month",
            Province = province,
            HsEditions = HsEditions.For(periods),
            Series = series,
        };
    }

    private static UnitValuePoint Point(TradePeriod period, IReadOnlyList<CommodityFact>? facts, string hs, string? partner)
    {
        if (facts is null)
        {
            return new UnitValuePoint { Period = period.ToString(), Flag = UnitValueFlag.NoData };
        }

        var matching = facts.Where(f => f.Hs.Length > 0 && (f.Hs.StartsWith(hs, StringComparison.Ordinal) || hs.StartsWith(f.Hs, StringComparison.Ordinal))
            && (partner is null || f.Partner == partner)).ToList();
        var group = hs.Length < CommodityReasons.UnitValueDigits ? [] : matching.Where(f => f.Hs.StartsWith(hs, StringComparison.Ordinal) && f.Hs.Length >= CommodityReasons.UnitValueDigits).ToList();
        if (group.Count == 0 && matching.Count > 0)
        {
            // Only the chapter or heading holding the code is loaded: refused, never a US$/kg of a whole chapter.
            return new UnitValuePoint { Period = period.ToString(), Flag = UnitValueFlag.TooCoarse };
        }

        if (group.Count == 0)
        {
            return new UnitValuePoint { Period = period.ToString(), ValueUsd = 0m, WeightKg = 0m, Flag = UnitValueFlag.NoTrade };
        }

        var value = group.Sum(f => f.ValueUsd);
        var kg = group.Sum(f => f.WeightKg);
        var missing = group.Any(f => f.WeightMissing);
        var (usdPerKg, flag) = CommodityMath.UnitValue(value, kg, missing);
        return new UnitValuePoint
        {
            Period = period.ToString(),
            ValueUsd = value,
            WeightKg = missing ? null : kg,
            UsdPerKg = CommodityMath.Round4(usdPerKg),
            Flag = flag,
        };
    }

    private static int To(TradePeriod month) => new YearMonth(month.Year, month.Month).Index;
}
