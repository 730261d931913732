using System.Text.Json;
using System.Text.Json.Serialization;

namespace Neraca.Reports;

/// <summary>
/// The monthly trade report of one province, in one language, as BPS's provincial release orders it
/// (docs/decisions/0024-monthly-report.md). Every renderer (JSON, Markdown, HTML, XLSX, PDF) reads this model only,
/// so the figures in every format are the same numbers. The JSON names are a contract: never rename them.
/// </summary>
public sealed record MonthlyReport
{
    [JsonPropertyName("report")] public string Report { get; init; } = "monthly";
    [JsonPropertyName("period")] public required string Period { get; init; }
    [JsonPropertyName("province")] public short? Province { get; init; }
    [JsonPropertyName("province_name")] public required string ProvinceName { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }

    /// <summary>Active import batches whose data the report was built from (the version's provenance).</summary>
    [JsonPropertyName("batch_ids")] public IReadOnlyList<int> BatchIds { get; init; } = [];

    /// <summary>Headline sentences, written from the unrounded figures with the display rounding.</summary>
    [JsonPropertyName("headline")] public IReadOnlyList<string> Headline { get; init; } = [];

    [JsonPropertyName("sections")] public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>"What needs attention" for the one-page brief (<see cref="ReportAttention"/>).</summary>
    [JsonPropertyName("attention")] public IReadOnlyList<string> Attention { get; init; } = [];

    /// <summary>The day the report was written (the "overdue" item depends on it).</summary>
    [JsonPropertyName("written_on")] public string? WrittenOn { get; init; }

    public ReportSection? Section(string key) => Sections.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}

/// <summary>
/// One part of the report: its sentences, its table, or, when the data cannot give it, <see cref="Missing"/>: the
/// plain sentence why it is left out (never a table of zeros).
/// </summary>
public sealed record ReportSection
{
    [JsonPropertyName("key")] public required string Key { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("paragraphs")] public IReadOnlyList<string> Paragraphs { get; init; } = [];
    [JsonPropertyName("table")] public ReportTable? Table { get; init; }
    [JsonPropertyName("missing")] public string? Missing { get; init; }

    /// <summary>"trend" or "bars" when a chart of the table is drawn (the table is its text alternative); else null.</summary>
    [JsonPropertyName("chart")] public string? Chart { get; init; }
}

/// <summary>A table as numbers: million-US$ and percentage cells hold unrounded numbers; renderers round for display.</summary>
public sealed record ReportTable
{
    [JsonPropertyName("columns")] public required IReadOnlyList<ReportColumn> Columns { get; init; }
    [JsonPropertyName("rows")] public required IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; init; }

    /// <summary>A footnote under the table (e.g. the chapters a partial change compared).</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }
}

public sealed record ReportColumn(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("header")] string Header,
    [property: JsonPropertyName("kind")] string Kind);

/// <summary>What a column holds.</summary>
public static class ColumnKind
{
    public const string Text = "text";

    /// <summary>Million US$ (BPS prints "juta US$"), exact: the US$ value divided by 1,000,000.</summary>
    public const string MillionUsd = "million_usd";

    public const string Percent = "pct";
}

/// <summary>A cell: text, a number, or null ("cannot be computed", shown as "t.a."/"n/a", never as zero).</summary>
[JsonConverter(typeof(ReportCellJsonConverter))]
public readonly record struct ReportCell(string? Text, decimal? Number)
{
    /// <summary>Cannot be computed (printed "t.a."/"n/a").</summary>
    public static ReportCell Empty => default;

    /// <summary>Does not apply here (a change of a subtotal row, a percentage of a balance): printed blank.</summary>
    public static ReportCell Blank => new("", null);

    public static implicit operator ReportCell(string? text) => new(text, null);

    public static implicit operator ReportCell(decimal? number) => new(null, number);
}

/// <summary>A cell is a JSON string, number or null.</summary>
public sealed class ReportCellJsonConverter : JsonConverter<ReportCell>
{
    public override bool HandleNull => true;

    public override ReportCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new ReportCell(reader.GetString(), null),
        JsonTokenType.Number => new ReportCell(null, reader.GetDecimal()),
        JsonTokenType.Null => ReportCell.Empty,
        _ => throw new JsonException("a report cell is a string, a number or null"),
    };

    public override void Write(Utf8JsonWriter writer, ReportCell value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else if (value.Number is decimal d)
        {
            writer.WriteNumberValue(d);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>The report's JSON form (indented, non-ASCII letters kept) and back.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(MonthlyReport report) => JsonSerializer.Serialize(report, Options);

    public static MonthlyReport Read(string json) =>
        JsonSerializer.Deserialize<MonthlyReport>(json, Options) ?? throw new JsonException("empty report");
}
