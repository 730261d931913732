using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Common;
using Neraca.Common.Tables;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Downloads;

/// <summary>
/// A table to download: column keys (`value_usd`, the JSON names) and invariant text cells, with what the title block
/// says. The same table becomes CSV or XLSX; see decision 0016.
/// </summary>
public sealed record DownloadTable(string Sheet, string Title, string Period, IReadOnlyList<string> Keys, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// Every web download (dashboard tables, commodity analyses) in the reader's language: localized human headers,
/// `true`/`false` as words; CSV through the one <see cref="CsvWriter"/> in the language's dialect with a BOM; XLSX with a
/// title/period/source/unit block, codes as text and numbers with a number format.
/// </summary>
public static class DownloadFile
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static FileContentHttpResult Csv(DownloadTable table, string language, Texts texts, string fileName)
    {
        var culture = Culture(language);
        var csv = TableColumns.Csv(table.Keys, Localized(table, texts, culture), CsvDialect.For(language), Headers(table.Keys, texts, culture));
        return TypedResults.File(CsvWriter.Encode(csv), CsvContentType, fileName);
    }

    public static async Task<FileContentHttpResult> XlsxAsync(DownloadTable table, string language, Texts texts, string fileName, CancellationToken ct)
    {
        var culture = Culture(language);
        var block = new[]
        {
            table.Title,
            texts.FormatIn("download.period", culture, table.Period),
            texts.Get("download.source", culture),
            texts.Get("download.unit", culture),
        };
        var bytes = await XlsxFile.WriteTableAsync(table.Sheet, block, table.Keys, Headers(table.Keys, texts, culture), Localized(table, texts, culture), ct);
        return TypedResults.File(bytes, XlsxFile.ContentType, fileName);
    }

    public static CultureInfo Culture(string language) =>
        string.Equals(language, "en", StringComparison.Ordinal) ? Formatting.English : Formatting.Indonesian;

    /// <summary>The human header of each column key (`download.col.{key}` in texts.tsv).</summary>
    public static IReadOnlyList<string> Headers(IReadOnlyList<string> keys, Texts texts, CultureInfo culture) =>
        [.. keys.Select(k => texts.Get("download.col." + k, culture))];

    private static IEnumerable<IReadOnlyList<string>> Localized(DownloadTable table, Texts texts, CultureInfo culture)
    {
        var yes = texts.Get("download.yes", culture);
        var no = texts.Get("download.no", culture);
        return table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(c => c switch { "true" => yes, "false" => no, _ => c })]);
    }
}

/// <summary>Formatting a text with arguments in a given culture (the download's language, not the request's).</summary>
internal static class TextsFormat
{
    public static string FormatIn(this Texts texts, string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, texts.Get(key, culture), args);
}
