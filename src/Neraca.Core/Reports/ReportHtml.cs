using System.Globalization;
using System.Net;
using System.Text;

namespace Neraca.Reports;

/// <summary>
/// The report as accessible HTML, built in Core so the web page, the downloaded file, e-mail and the PDF share it:
/// one h1, an h2 per section, tables with captions and header scopes, numbers right-aligned, every chart followed by
/// its table (the text alternative), and a missing section as its sentence. Everything is HTML-encoded here.
/// </summary>
public static class ReportHtml
{
    /// <summary>A chart image for a section (an &lt;img&gt; or &lt;svg&gt; element), or null for none.</summary>
    public delegate string? ChartMarkup(ReportSection section, ReportWords words);

    /// <summary>The report as an &lt;article&gt; for a page (headings start at <paramref name="topLevel"/>).</summary>
    public static string Article(MonthlyReport report, ChartMarkup? chart = null, int topLevel = 1)
    {
        var w = ReportWords.For(report.Language);
        var h = new StringBuilder();
        var (h1, h2) = ($"h{topLevel}", $"h{topLevel + 1}");
        h.Append("<article class=\"report\" lang=\"").Append(w.Language).Append("\">\n");
        h.Append('<').Append(h1).Append('>').Append(E(report.Title)).Append("</").Append(h1).Append(">\n");
        h.Append("<ul class=\"report-headline\">\n");
        foreach (var sentence in report.Headline)
        {
            h.Append("<li>").Append(E(sentence)).Append("</li>\n");
        }

        h.Append("</ul>\n");
        foreach (var section in report.Sections)
        {
            var id = "report-" + section.Key.Replace('_', '-');
            h.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<").Append(h2).Append(" id=\"").Append(id).Append("\">")
                .Append(E(section.Title)).Append("</").Append(h2).Append(">\n");
            if (section.Missing is not null)
            {
                h.Append("<p class=\"report-missing\">").Append(E(section.Missing)).Append("</p>\n</section>\n");
                continue;
            }

            foreach (var p in section.Paragraphs)
            {
                h.Append("<p>").Append(E(p)).Append("</p>\n");
            }

            if (chart?.Invoke(section, w) is { } markup)
            {
                h.Append("<figure class=\"report-chart\">").Append(markup).Append("<figcaption>")
                    .Append(E(w.T("Grafik; angkanya ada pada tabel di bawah.", "Chart; its figures are in the table below."))).Append("</figcaption></figure>\n");
            }

            if (section.Table is { } table)
            {
                Table(h, table, section.Title, w);
            }

            h.Append("</section>\n");
        }

        h.Append("<p class=\"report-source\">").Append(E(Source(report, w))).Append("</p>\n</article>\n");
        return h.ToString();
    }

    /// <summary>A standalone document (download, e-mail, PDF printing) with its own small stylesheet.</summary>
    public static string Document(MonthlyReport report, ChartMarkup? chart = null)
    {
        var w = ReportWords.For(report.Language);
        return "<!DOCTYPE html>\n<html lang=\"" + w.Language + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + E(report.Title)
            + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n<main>\n" + Article(report, chart) + "</main>\n</body>\n</html>\n";
    }

    /// <summary>"Sumber: BPS, diolah dari impor batch 1, 4." naming the batches the version was built from.</summary>
    public static string Source(MonthlyReport report, ReportWords w) =>
        w.T("Sumber: BPS, diolah dari impor batch ", "Source: BPS, compiled from import batches ")
        + (report.BatchIds.Count == 0 ? "–" : string.Join(", ", report.BatchIds.Select(b => b.ToString(CultureInfo.InvariantCulture)))) + ".";

    private static void Table(StringBuilder h, ReportTable table, string caption, ReportWords w)
    {
        h.Append("<div class=\"table-scroll\" tabindex=\"0\"><table class=\"data report-table\">\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var c in table.Columns)
        {
            h.Append("<th scope=\"col\"").Append(c.Kind == ColumnKind.Text ? "" : " class=\"num\"").Append('>').Append(E(c.Header)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            h.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var kind = table.Columns[i].Kind;
                var text = E(w.Cell(row[i], kind));
                // The first text column names the row: a row header for screen readers.
                if (i == FirstText(table))
                {
                    h.Append("<th scope=\"row\">").Append(text).Append("</th>");
                }
                else
                {
                    h.Append(kind == ColumnKind.Text ? "<td>" : "<td class=\"num\">").Append(text).Append("</td>");
                }
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table></div>\n");
        if (table.Note is not null)
        {
            h.Append("<p class=\"report-note\">").Append(E(table.Note)).Append("</p>\n");
        }
    }

    /// <summary>The label column: the first text column after a code column (HS), else the first column.</summary>
    private static int FirstText(ReportTable table) => table.Columns.Count > 1 && table.Columns[0].Key == "hs2" ? 1 : 0;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#1a1a1a;margin:0}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:0 0 .75rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}
        th,td{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}thead th{background:#eef2f5}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th[scope=row]{text-align:left;font-weight:normal}
        .report-missing,.report-note,.report-source{color:#444;font-style:italic}figure{margin:.5rem 0}figure img,figure svg{max-width:100%;height:auto}
        figcaption{font-size:.85em;color:#444}
        """;
}
