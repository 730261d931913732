using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Neraca.Common.Tables;

namespace Neraca.Trade;

/// <summary>US$ as an exact JSON number without exponent or trailing zeros: 206310000, 206310000.5, or null.</summary>
public sealed class UsdJsonConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is decimal d)
        {
            writer.WriteRawValue(TradeFormat.Usd(d), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A percentage as a JSON number with exactly 2 decimals (-27.03, 3.00), or null.</summary>
public sealed class PctJsonConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is decimal d)
        {
            writer.WriteRawValue(TradeFormat.Pct(d), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Text forms shared by the CLI, the API and downloads: invariant culture, exact amounts.</summary>
public static class TradeFormat
{
    /// <summary>Indented, nulls written (a null is information: "cannot be computed"), non-ASCII letters kept.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Amounts carry at most 3 decimals (thousandths of a US$); trailing zeros are dropped.</summary>
    public static string Usd(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Pct(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static readonly string[] BalanceHeader =
    [
        "period", "exports_usd", "imports_usd", "balance_usd", "exports_mom_pct", "exports_yoy_pct", "imports_mom_pct", "imports_yoy_pct",
        "exports_cum_usd", "exports_cum_yoy_pct", "imports_cum_usd", "imports_cum_yoy_pct", "balance_ratio_pct", "exports_source", "imports_source",
    ];

    public static readonly string[] TopHeader = ["rank", "key", "label", "value_usd", "share_pct", "mom_pct", "yoy_pct", "unspecified"];

    /// <summary>One balance row as invariant text cells in <see cref="BalanceHeader"/> order (empty = cannot be computed).</summary>
    public static string[] BalanceCells(BalanceRow r) =>
    [
        r.Period, U(r.ExportsUsd), U(r.ImportsUsd), U(r.BalanceUsd), P(r.ExportsMomPct), P(r.ExportsYoyPct), P(r.ImportsMomPct),
        P(r.ImportsYoyPct), U(r.ExportsCumUsd), P(r.ExportsCumYoyPct), U(r.ImportsCumUsd), P(r.ImportsCumYoyPct), P(r.BalanceRatioPct),
        r.ExportsSource ?? "", r.ImportsSource ?? "",
    ];

    public static string[] TopCells(TopRow r) =>
    [
        r.Rank.ToString(CultureInfo.InvariantCulture), r.Key, r.Label, U(r.ValueUsd), P(r.SharePct), P(r.MomPct), P(r.YoyPct),
        r.Unspecified ? "true" : "false",
    ];

    /// <summary>The CLI's CSV (English dialect: `,` and decimal point), written by the one <see cref="CsvWriter"/>.</summary>
    public static string BalanceCsv(IEnumerable<BalanceRow> rows) =>
        TableColumns.Csv(BalanceHeader, rows.Select(BalanceCells), CsvDialect.English);

    public static string TopCsv(IEnumerable<TopRow> rows) =>
        TableColumns.Csv(TopHeader, rows.Select(TopCells), CsvDialect.English);

    private static string U(decimal? v) => v is decimal d ? Usd(d) : "";

    private static string P(decimal? v) => v is decimal d ? Pct(d) : "";
}
