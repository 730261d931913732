using System.Globalization;
using System.Xml;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Sylvan.Data.Csv;

namespace Neraca.Registry;

/// <summary>
/// A business list as text cells, whatever file it came from: the header row (its number in the spreadsheet) and
/// the non-empty data rows with their spreadsheet row numbers, so errors point at the row the user sees.
/// </summary>
internal sealed record RegistrySheet(int HeaderRow, IReadOnlyList<string> Headers, IReadOnlyList<(int Row, string[] Cells)> Rows)
{
    /// <summary>Stops reading a little past the import limit so the "too many rows" error can still name a row.</summary>
    private const int ReadLimit = RegistryImport.MaxRows + 1;

    public static async Task<RegistrySheet> ReadCsvAsync(TextReader text, CancellationToken ct)
    {
        var content = await text.ReadToEndAsync(ct);
        var firstLine = content.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        await using var csv = await CsvDataReader.CreateAsync(new StringReader(content), new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter }, ct);
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        var rows = new List<(int, string[])>();
        var row = 1;
        while (rows.Count < ReadLimit && await csv.ReadAsync(ct))
        {
            row++;
            var cells = Enumerable.Range(0, Math.Min(csv.RowFieldCount, headers.Count)).Select(csv.GetString).ToArray();
            if (!cells.All(string.IsNullOrWhiteSpace))
            {
                rows.Add((row, cells));
            }
        }

        return new RegistrySheet(1, headers, rows);
    }

    /// <summary>
    /// The first worksheet, read with the trade import's bounded XLSX reader (ZIP-bomb limits, exact cell text).
    /// The header is the first of the first 20 rows that <paramref name="isHeader"/> accepts: offices put a title above it.
    /// Numbers are written back without exponent or grouping (a NIB typed as a number stays 13 digits).
    /// </summary>
    public static (RegistrySheet? Sheet, RegistryImportError? Error) ReadXlsx(Stream stream, Func<IReadOnlyList<string>, bool> isHeader)
    {
        try
        {
            using var package = XlsxPackage.Open(stream, "workbook", ZipLimits.Default);
            var (_, path) = package.FirstWorksheet();
            using var reader = new SheetRowReader(package.OpenXml(path), package.LoadSharedStrings(), "workbook");
            List<string>? headers = null;
            var headerRow = 0;
            var rows = new List<(int, string[])>();
            while (rows.Count < ReadLimit && reader.MoveNext())
            {
                var cells = Texts(reader.Cells, headers?.Count);
                if (headers is null)
                {
                    if (reader.RowNumber > 20)
                    {
                        break;
                    }

                    if (isHeader(cells))
                    {
                        (headers, headerRow) = (cells, reader.RowNumber);
                    }
                }
                else if (!cells.All(string.IsNullOrWhiteSpace))
                {
                    rows.Add((reader.RowNumber, [.. cells]));
                }
            }

            return headers is null
                ? (null, new RegistryImportError(1, "", "import.noheader"))
                : (new RegistrySheet(headerRow, headers, rows), null);
        }
        catch (Exception e) when (e is TradeFileException or InvalidDataException or XmlException)
        {
            return (null, new RegistryImportError(0, "", "import.xlsx", e.Message));
        }
    }

    /// <summary>Cells by column position (1-based in the sheet), gaps as empty text; a header row sets the width.</summary>
    private static List<string> Texts(IReadOnlyList<SheetCell> cells, int? width)
    {
        var count = width ?? (cells.Count == 0 ? 0 : cells[^1].Column);
        var texts = Enumerable.Repeat("", count).ToList();
        foreach (var cell in cells.Where(c => c.Column <= count))
        {
            texts[cell.Column - 1] = cell.Kind == CellKind.Number
                && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number.ToString("0.##########", CultureInfo.InvariantCulture)
                : cell.Text.Trim();
        }

        return texts;
    }
}
