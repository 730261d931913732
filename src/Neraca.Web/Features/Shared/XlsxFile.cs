using System.Globalization;
using SpreadCheetah;

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

    /// <summary>A text cell of a flat table: invariant-culture numbers become numeric cells, empty stays empty.</summary>
    public static DataCell Cell(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new DataCell(number)
            : new DataCell(text);
}
