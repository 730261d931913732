using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Neraca.Demo;
using Neraca.Reports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using Neraca.Web.Features.Reports;
using UglyToad.PdfPig;

namespace Neraca.Tests.Reports;

/// <summary>The report's files: XLSX cells equal the JSON, the PDF's text holds the figures with embedded fonts, pages as PNG.</summary>
public class ReportFileTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Xlsx_Demo_EveryTableCellEqualsTheJson(Engine engine)
    {
        var report = await DemoReportAsync(engine, "id");

        var file = await ReportFiles.RenderAsync(report, "xlsx");

        var json = ReportJson.Read(ReportJson.Write(report));
        var sheets = ReadSheets(file.Bytes);
        var tables = json.Sections.Where(s => s.Table is not null).ToList();
        Assert.Equal(tables.Count + 1, sheets.Count);
        Assert.Equal(report.Title, sheets[0][0][0]);
        var compared = 0;
        for (var t = 0; t < tables.Count; t++)
        {
            var (table, rows) = (tables[t].Table!, sheets[t + 1]);
            Assert.Equal(tables[t].Title, rows[0][0]);
            Assert.Equal(table.Columns.Select(c => c.Header), rows[1]);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = table.Rows[r][c];
                    var actual = c < rows[r + 2].Count ? rows[r + 2][c] : null;
                    if (cell.Number is decimal d)
                    {
                        Assert.True(actual is not null && decimal.Parse(actual, NumberStyles.Float, CultureInfo.InvariantCulture) == d, $"{tables[t].Key} row {r} col {c}: {actual} != {d}");
                        compared++;
                    }
                    else
                    {
                        Assert.Equal(string.IsNullOrEmpty(cell.Text) ? null : cell.Text, string.IsNullOrEmpty(actual) ? null : actual);
                    }
                }
            }
        }

        Assert.True(compared > 150, $"{compared} numeric cells compared");
        Assert.Equal("Uraian", sheets[1][1][0]); // Indonesian headers
    }

    [Fact]
    public async Task Pdf_Demo_EmbeddedFontsTextHoldsTheFiguresAndPagesRenderToPng()
    {
        var id = await DemoReportAsync(Engine.Sqlite, "id");
        var en = ReportJson.Read(ReportJson.Write(await DemoReportAsync(Engine.Sqlite, "en")));

        var pdfId = await ReportFiles.RenderAsync(id, "pdf");
        var pdfEn = await ReportFiles.RenderAsync(en, "pdf");

        var textId = Text(pdfId.Bytes);
        Assert.Contains("US$206,31juta", textId, StringComparison.Ordinal);
        Assert.Contains("turun27,03persen", textId, StringComparison.Ordinal);
        Assert.Contains("surplusUS$61,53juta", textId, StringComparison.Ordinal);
        var textEn = Text(pdfEn.Bytes);
        Assert.Contains("US$206.31million,down27.03percentfromDecember2019", textEn, StringComparison.Ordinal);
        Assert.Contains("surplusofUS$61.53million", textEn, StringComparison.Ordinal);
        using (var doc = PdfDocument.Open(pdfId.Bytes))
        {
            var fonts = doc.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
            Assert.All(fonts, f => Assert.Contains("DejaVu", f, StringComparison.Ordinal));
            Assert.True(doc.GetPages().Any(p => p.GetImages().Any()), "charts are drawn as images");
        }

        var folder = Path.Combine(RepoPaths.Root, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, "laporan-18-2020-01-id.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdfId.Bytes);
        await File.WriteAllBytesAsync(Path.Combine(folder, "report-18-2020-01-en.pdf"), pdfEn.Bytes);
        using var pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "80", pdfPath, Path.Combine(folder, "laporan-18-2020-01-id")]))!;
        await pdftoppm.WaitForExitAsync();
        Assert.Equal(0, pdftoppm.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "laporan-18-2020-01-id-1.png")));
    }

    [Fact]
    public async Task Html_Demo_ChartsAsImagesWithTextAlternativeAndTables()
    {
        var report = await DemoReportAsync(Engine.Sqlite, "id");

        var html = System.Text.Encoding.UTF8.GetString((await ReportFiles.RenderAsync(report, "html")).Bytes);

        Assert.Equal(2, html.Split("<img src=\"data:image/png;base64,").Length - 1);
        Assert.Contains("alt=\"Grafik garis nilai ekspor dan impor", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Perkembangan ekspor, impor dan neraca perdagangan 13 bulan terakhir</caption>", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<h1>")[1..]);
    }

    private static string Text(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
    }

    private static async Task<MonthlyReport> DemoReportAsync(Engine engine, string language)
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(engine);
        await using var db = database.NewContext();
        return await new MonthlyReportBuilder(db).BuildAsync(new YearMonth(2020, 1), LampungPublished.Province, language);
    }

    /// <summary>Each sheet's rows of cell texts (inline or shared strings, or the number as stored), in workbook order.</summary>
    private static List<List<List<string?>>> ReadSheets(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? XDocument.Load(s.Open()).Descendants(Sheet + "si").Select(si => string.Concat(si.Descendants(Sheet + "t").Select(t => t.Value))).ToList()
            : [];
        var sheets = new List<List<List<string?>>>();
        for (var i = 1; zip.GetEntry($"xl/worksheets/sheet{i}.xml") is { } entry; i++)
        {
            var rows = XDocument.Load(entry.Open()).Descendants(Sheet + "row").Select(row =>
            {
                var cells = new List<string?>();
                foreach (var c in row.Elements(Sheet + "c"))
                {
                    var index = c.Attribute("r") is { } r ? Column(r.Value) : cells.Count;
                    while (cells.Count < index)
                    {
                        cells.Add(null);
                    }

                    var type = (string?)c.Attribute("t");
                    cells.Add(type switch
                    {
                        "inlineStr" => string.Concat(c.Descendants(Sheet + "t").Select(t => t.Value)),
                        "s" => shared[int.Parse(c.Element(Sheet + "v")!.Value, CultureInfo.InvariantCulture)],
                        _ => c.Element(Sheet + "v")?.Value,
                    });
                }

                return cells;
            }).ToList();
            sheets.Add(rows);
        }

        return sheets;
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) - 1;
}
