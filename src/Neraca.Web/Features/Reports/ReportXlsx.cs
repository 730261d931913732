using Neraca.Reports;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// The report as a workbook: a first sheet with the title, the headline sentences and each left-out section's
/// sentence, then one sheet per table with its headers and the cells of the JSON as numeric cells (million US$ and
/// percentages unrounded, shown with 2 decimals), so the spreadsheet and the JSON hold the same numbers.
/// </summary>
public static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(MonthlyReport report, CancellationToken ct)
    {
        var w = ReportWords.For(report.Language);
        using var stream = new MemoryStream();
        await using (var book = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct))
        {
            await book.StartWorksheetAsync(w.T("Ringkasan", "Summary"), token: ct);
            var bold = book.AddStyle(new Style { Font = { Bold = true } });
            var number = book.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
            await book.AddRowAsync([new Cell(report.Title, bold)], ct);
            foreach (var sentence in report.Headline)
            {
                await book.AddRowAsync([new Cell(sentence)], ct);
            }

            foreach (var section in report.Sections.Where(s => s.Missing is not null))
            {
                await book.AddRowAsync([new Cell(section.Title, bold), new Cell(section.Missing)], ct);
            }

            await book.AddRowAsync([new Cell(ReportHtml.Source(report, w))], ct);
            foreach (var section in report.Sections.Where(s => s.Table is not null))
            {
                var table = section.Table!;
                await book.StartWorksheetAsync(SheetName(section.Key), token: ct);
                await book.AddRowAsync([new Cell(section.Title, bold)], ct);
                await book.AddRowAsync([.. table.Columns.Select(c => new Cell(c.Header, bold))], ct);
                foreach (var row in table.Rows)
                {
                    await book.AddRowAsync([.. row.Select(c => c.Number is decimal d ? new Cell(d, number) : new Cell(c.Text))], ct);
                }

                if (table.Note is not null)
                {
                    await book.AddRowAsync([new Cell(table.Note)], ct);
                }
            }

            await book.FinishAsync(ct);
        }

        return stream.ToArray();
    }

    /// <summary>Sheet names are the section keys (at most 31 characters, unique by construction).</summary>
    public static string SheetName(string key) => key.Length <= 31 ? key : key[..31];
}
