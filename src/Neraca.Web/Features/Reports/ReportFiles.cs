using System.Text;
using Neraca.Common;
using Neraca.Reports;

namespace Neraca.Web.Features.Reports;

/// <summary>A rendered report file: bytes, content type and file name.</summary>
public sealed record ReportFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// Every format of a report from the one model (docs/decisions/0024), used by the CLI, the API and the page's
/// downloads alike.
/// </summary>
public static class ReportFiles
{
    public static readonly string[] Formats = ["json", "md", "html", "xlsx", "pdf", "brief"];

    /// <exception cref="Trade.TradeArgumentException">a format not in <see cref="Formats"/>.</exception>
    public static string ParseFormat(string? text, string parameter = "format") => Parameters.Choice(text, parameter, Formats);

    public static async Task<ReportFile> RenderAsync(MonthlyReport report, string format, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var name = FileName(report);
        return format switch
        {
            "json" => new ReportFile(Utf8(ReportJson.Write(report) + "\n"), "application/json; charset=utf-8", name + ".json"),
            "md" => new ReportFile(Utf8(ReportMarkdown.Write(report)), "text/markdown; charset=utf-8", name + ".md"),
            "xlsx" => new ReportFile(await ReportXlsx.WriteAsync(report, ct), ReportXlsx.ContentType, name + ".xlsx"),
            "pdf" => new ReportFile(ReportPdf.Write(report), ReportPdf.ContentType, name + ".pdf"),
            "brief" => new ReportFile(ReportBrief.Write(report), ReportPdf.ContentType, name + "-brief.pdf"),
            _ => new ReportFile(Utf8(ReportHtml.Document(report, ReportCharts.Markup)), "text/html; charset=utf-8", name + ".html"),
        };
    }

    /// <summary>"laporan-18-2020-01-id" / "report-18-2020-01-en".</summary>
    public static string FileName(MonthlyReport report) =>
        FormattableString.Invariant($"{(report.Language == "id" ? "laporan" : "report")}-{report.Province ?? 0}-{report.Period}-{report.Language}");

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
