using Neraca.Demo;
using Neraca.Reports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;
using Neraca.Web.Features.Reports;
using UglyToad.PdfPig;

namespace Neraca.Tests.Reports;

/// <summary>The head of office's one-page brief and its "what needs attention" list.</summary>
public class ReportBriefTests
{
    [Fact]
    public async Task Brief_Demo_OnePageFiveNumbersTwoChartsAndAttention()
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var report = await new MonthlyReportBuilder(db).BuildAsync(new YearMonth(2020, 1), LampungPublished.Province, "id", today: new DateOnly(2020, 2, 15));

        var file = await ReportFiles.RenderAsync(report, "brief");

        using var pdf = PdfDocument.Open(file.Bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(2, page.GetImages().Count());
        var text = page.Text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("206,31", text, StringComparison.Ordinal);
        Assert.Contains("144,78", text, StringComparison.Ordinal);
        Assert.Contains("61,53", text, StringComparison.Ordinal);
        Assert.Contains("-22,27", text, StringComparison.Ordinal);
        Assert.Contains("Yangperludiperhatikan", text, StringComparison.Ordinal);
        // Coffee (HS 09) fell most among the top 10 export chapters: -50,99 % against December 2019 (the table's cell).
        Assert.Contains(report.Attention, a => a.StartsWith("Perubahan terbesar ekspor", StringComparison.Ordinal) && a.Contains("(HS 09) turun 50,99 persen dibanding Desember 2019", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Attention, a => a.Contains("terlambat", StringComparison.Ordinal)); // 15 Feb 2020: January is not overdue yet
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, file.FileName), file.Bytes);
    }

    [Fact]
    public async Task Attention_NewestMonthPastRelease_SaysNextMonthIsOverdue()
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var report = await new MonthlyReportBuilder(db).BuildAsync(new YearMonth(2020, 1), LampungPublished.Province, "en", today: new DateOnly(2020, 3, 21));

        Assert.Contains("The newest data loaded are for January 2020; February 2020 is overdue.", report.Attention);
    }
}
