using System.Globalization;
using Neraca.Common.Tables;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Neraca.Web.Features.Shared;

/// <summary>One-sheet XLSX downloads for every table (the office lives in Excel): a header row, then data rows.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(string sheet, IReadOnlyList<string> headers, IEnumerable<DataCell[]> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct))
        {
            await spreadsheet.StartWorksheetAsync(sheet, token: ct);
            await spreadsheet.AddHeaderRowAsync([.. headers], token: ct);
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync(row, ct);
            }

            await spreadsheet.FinishAsync(ct);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A titled table: the <paramref name="block"/> lines (title, period, source, unit) each in column A, an empty
    /// row, the header row, then the rows. A column is numeric or text by its key (<see cref="TableColumns"/>): numbers
    /// become numeric cells with a number format, everything else, codes included (HS 090111), stays text.
    /// </summary>
    public static async Task<byte[]> WriteTableAsync(
        string sheet, IReadOnlyList<string> block, IReadOnlyList<string> keys, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct))
        {
            await spreadsheet.StartWorksheetAsync(sheet, token: ct);
            var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
            var styles = new Dictionary<ColumnKind, StyleId>
            {
                [ColumnKind.Amount] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }),
                [ColumnKind.Percent] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.00") }),
                [ColumnKind.Ratio] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0000") }),
                [ColumnKind.Count] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0") }),
            };
            for (var i = 0; i < block.Count; i++)
            {
                await spreadsheet.AddRowAsync([i == 0 ? new Cell(block[i], bold) : new Cell(block[i])], ct);
            }

            if (block.Count > 0)
            {
                await spreadsheet.AddRowAsync(Array.Empty<Cell>(), ct);
            }

            await spreadsheet.AddRowAsync([.. headers.Select(h => new Cell(h, bold))], ct);
            var kinds = keys.Select(TableColumns.KindOf).ToArray();
            foreach (var row in rows)
            {
                var cells = new Cell[row.Count];
                for (var i = 0; i < row.Count; i++)
                {
                    var kind = i < kinds.Length ? kinds[i] : ColumnKind.Text;
                    cells[i] = kind != ColumnKind.Text && Number(row[i]) is decimal number ? new Cell(number, styles[kind]) : new Cell(row[i]);
                }

                await spreadsheet.AddRowAsync(cells, ct);
            }

            await spreadsheet.FinishAsync(ct);
        }

        return stream.ToArray();
    }

    /// <summary>A text cell of a flat table: invariant-culture numbers become numeric cells, empty stays empty.</summary>
    public static DataCell Cell(string text) =>
        Number(text) is decimal number ? new DataCell(number) : new DataCell(text);

    private static decimal? Number(string text) =>
        CsvWriter.IsPlainNumber(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
