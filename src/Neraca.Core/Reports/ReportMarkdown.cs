using System.Text;

namespace Neraca.Reports;

/// <summary>The report as Markdown (GitHub tables): for e-mail bodies, wikis and a quick look in a terminal.</summary>
public static class ReportMarkdown
{
    public static string Write(MonthlyReport report)
    {
        var w = ReportWords.For(report.Language);
        var md = new StringBuilder();
        md.Append("# ").Append(report.Title).Append("\n\n");
        foreach (var sentence in report.Headline)
        {
            md.Append("- ").Append(sentence).Append('\n');
        }

        foreach (var section in report.Sections)
        {
            md.Append("\n## ").Append(section.Title).Append("\n\n");
            if (section.Missing is not null)
            {
                md.Append(section.Missing).Append('\n');
                continue;
            }

            foreach (var p in section.Paragraphs)
            {
                md.Append(p).Append("\n\n");
            }

            if (section.Table is { } table)
            {
                Table(md, table, w);
            }
        }

        md.Append('\n').Append(w.T("Sumber data: impor batch ", "Data source: import batches "))
            .Append(report.BatchIds.Count == 0 ? "–" : string.Join(", ", report.BatchIds.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Append(".\n");
        return md.ToString();
    }

    private static void Table(StringBuilder md, ReportTable table, ReportWords w)
    {
        md.Append("| ").AppendJoin(" | ", table.Columns.Select(c => Escape(c.Header))).Append(" |\n|");
        foreach (var c in table.Columns)
        {
            md.Append(c.Kind == ColumnKind.Text ? " --- |" : " ---: |");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select((cell, i) => Escape(w.Cell(cell, table.Columns[i].Kind)))).Append(" |\n");
        }

        if (table.Note is not null)
        {
            md.Append('\n').Append('_').Append(table.Note).Append("_\n");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
