using Neraca.Reports;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// The one-page brief for the head of office (docs/decisions/0024): five numbers, the trend and partner charts, the
/// headline sentences on the balance, and what needs attention. Built from the same report model as the full PDF.
/// </summary>
public static class ReportBrief
{
    public static byte[] Write(MonthlyReport report)
    {
        var w = ReportWords.For(report.Language);
        using var pdf = new ReportPdf.PdfWriter(report.Title);
        pdf.Text(w.T("Ringkasan untuk pimpinan", "Brief for the head of office"), 9, italic: true);
        pdf.Text(report.Title, 14, bold: true);
        pdf.Space(4);
        pdf.Figures(Figures(report, w));
        foreach (var sentence in report.Headline)
        {
            pdf.Text("• " + sentence, 8.5);
        }

        pdf.Space(4);
        var trend = report.Section("trend");
        var partners = report.Section("exports_country");
        var trendPng = trend is null ? null : ReportCharts.Png(trend, w);
        var partnersPng = partners is null ? null : ReportCharts.Png(partners, w);
        if (trendPng is not null && partnersPng is not null)
        {
            pdf.ImagePair(trendPng, ReportCharts.Height(trend!), partnersPng, ReportCharts.Height(partners!), 900);
            pdf.Text(w.T("Kiri: ekspor, impor dan neraca 13 bulan (juta US$). Kanan: 10 negara tujuan ekspor terbesar (juta US$). Angkanya ada di laporan lengkap.",
                "Left: exports, imports and balance over 13 months (US$ million). Right: top 10 export destinations (US$ million). The figures are in the full report."), 7.5, italic: true);
        }
        else if (partners?.Missing is { } why)
        {
            pdf.Text(why, 8.5, italic: true);
        }

        pdf.Space(6);
        pdf.Text(w.T("Yang perlu diperhatikan", "What needs attention"), 11, bold: true);
        foreach (var item in report.Attention.Count == 0 ? [w.T("Tidak ada catatan khusus.", "Nothing in particular.")] : report.Attention)
        {
            pdf.Text("• " + item, 8.5);
        }

        pdf.Space(4);
        pdf.Text(ReportHtml.Source(report, w), 7.5, italic: true);
        return pdf.Save();
    }

    /// <summary>Exports, imports, balance, exports year-on-year and cumulative exports: the headline table's cells as printed.</summary>
    public static IReadOnlyList<(string Label, string Value)> Figures(MonthlyReport report, ReportWords w)
    {
        var table = report.Section("headline")!.Table!;
        string Cell(int row, string key)
        {
            var c = table.Columns.ToList().FindIndex(x => x.Key == key);
            return row < table.Rows.Count ? w.Cell(table.Rows[row][c], table.Columns[c].Kind) : w.NotAvailable;
        }

        var month = table.Columns[2].Header;
        var hasBalance = table.Rows.Count > 2;
        return
        [
            (w.T("Ekspor, ", "Exports, ") + month, Cell(0, "month")),
            (w.T("Impor, ", "Imports, ") + month, Cell(1, "month")),
            (w.T("Neraca, ", "Balance, ") + month, hasBalance ? Cell(2, "month") : w.NotAvailable),
            (w.T("Ekspor, perubahan tahunan (%)", "Exports, year-on-year (%)"), Cell(0, "yoy_pct")),
            (table.Columns[7].Header.Replace("Kumulatif", "Ekspor kumulatif", StringComparison.Ordinal).Replace("Cumulative", "Cumulative exports", StringComparison.Ordinal), Cell(0, "cum")),
        ];
    }
}
