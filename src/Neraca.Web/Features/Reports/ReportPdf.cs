using Neraca.Reports;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// The report as an A4 PDF drawn with PDFsharp (docs/decisions/0024: no browser on the server), with the DejaVu fonts
/// embedded (Unicode subsets, so the text extracts as written) and the server-side charts as images.
/// </summary>
public static class ReportPdf
{
    public const string ContentType = "application/pdf";
    private const string Family = "DejaVu Sans";

    private static readonly Lock FontsLock = new();

    /// <summary>Process-wide and settable once: every PDF of the product uses the embedded fonts only.</summary>
    private static void EnsureFonts()
    {
        lock (FontsLock)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    public static byte[] Write(MonthlyReport report)
    {
        var w = ReportWords.For(report.Language);
        using var pdf = new PdfWriter(report.Title);
        pdf.Text(report.Title, 15, bold: true);
        pdf.Space(4);
        foreach (var sentence in report.Headline)
        {
            pdf.Text("• " + sentence, 9.5);
        }

        foreach (var section in report.Sections)
        {
            pdf.Space(8);
            pdf.Text(section.Title, 11.5, bold: true);
            if (section.Missing is not null)
            {
                pdf.Text(section.Missing, 9, italic: true);
                continue;
            }

            foreach (var p in section.Paragraphs)
            {
                pdf.Text(p, 9);
            }

            if (ReportCharts.Png(section, w) is { } png)
            {
                pdf.Image(png, 900, ReportCharts.Height(section));
            }

            if (section.Table is { } table)
            {
                pdf.Table(table.Columns.Select(c => (c.Header, c.Kind != ColumnKind.Text)).ToList(),
                    [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select((cell, i) => w.Cell(cell, table.Columns[i].Kind))])]);
                if (table.Note is not null)
                {
                    pdf.Text(table.Note, 8, italic: true);
                }
            }
        }

        pdf.Space(8);
        pdf.Text(ReportHtml.Source(report, w), 8, italic: true);
        return pdf.Save();
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

        public byte[]? GetFont(string faceName) => faceName == "DejaVuSans-Bold" ? ReportFonts.Bold : ReportFonts.Regular;
    }

    /// <summary>A top-to-bottom flow of wrapped text, images and tables over A4 pages (PDFsharp has no layout engine).</summary>
    internal sealed class PdfWriter : IDisposable
    {
        private const double Margin = 40;
        private readonly PdfDocument document = new();
        private PdfPage page = null!;
        private XGraphics gfx = null!;
        private double y;

        public PdfWriter(string title)
        {
            EnsureFonts();
            document.Info.Title = title;
            document.Info.Creator = "Neraca";
            NewPage();
        }

        private double Width => page.Width.Point - (2 * Margin);

        public void Space(double points) => y += points;

        public void Text(string text, double size, bool bold = false, bool italic = false)
        {
            var font = Font(size, bold, italic);
            foreach (var line in Wrap(text, font, Width))
            {
                Need(size * 1.35);
                gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, Width, size * 1.35), XStringFormats.TopLeft);
                y += size * 1.35;
            }
        }

        public void Image(byte[] png, int pixelWidth, int pixelHeight)
        {
            var height = Width * pixelHeight / pixelWidth;
            Need(height + 4);
            using var image = XImage.FromStream(new MemoryStream(png));
            gfx.DrawImage(image, Margin, y, Width, height);
            y += height + 4;
        }

        /// <summary>Two charts side by side, each half the width.</summary>
        public void ImagePair(byte[] first, int firstHeight, byte[] second, int secondHeight, int pixelWidth)
        {
            var half = (Width - 8) / 2;
            var height = Math.Max(half * firstHeight / pixelWidth, half * secondHeight / pixelWidth);
            Need(height + 4);
            using var a = XImage.FromStream(new MemoryStream(first));
            using var b = XImage.FromStream(new MemoryStream(second));
            gfx.DrawImage(a, Margin, y, half, half * firstHeight / pixelWidth);
            gfx.DrawImage(b, Margin + half + 8, y, half, half * secondHeight / pixelWidth);
            y += height + 4;
        }

        /// <summary>Key figures in a row of boxes: a small label above a large value.</summary>
        public void Figures(IReadOnlyList<(string Label, string Value)> figures)
        {
            var box = (Width - ((figures.Count - 1) * 6)) / figures.Count;
            var label = Font(7.5, false, false);
            var value = Font(13, true, false);
            const double height = 58;
            Need(height + 6);
            for (var i = 0; i < figures.Count; i++)
            {
                var x = Margin + (i * (box + 6));
                gfx.DrawRectangle(new XPen(XColors.LightGray, 0.75), new XSolidBrush(XColor.FromArgb(0xf5, 0xf8, 0xfa)), x, y, box, height);
                var ly = y + 4;
                foreach (var line in Wrap(figures[i].Label, label, box - 8))
                {
                    gfx.DrawString(line, label, XBrushes.Black, new XRect(x + 4, ly, box - 8, 10), XStringFormats.TopLeft);
                    ly += 9.5;
                }

                gfx.DrawString(figures[i].Value, value, XBrushes.Black, new XRect(x + 4, y + height - 20, box - 8, 16), XStringFormats.TopLeft);
            }

            y += height + 6;
        }

        /// <summary>A grid table; the first text column takes the width the others leave; the header repeats on each page.</summary>
        public void Table(IReadOnlyList<(string Header, bool Numeric)> columns, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            const double size = 7.5;
            var font = Font(size, false, false);
            var bold = Font(size, true, false);
            var numericWidth = Math.Min(62, Width / columns.Count);
            var textColumns = columns.Count(c => !c.Numeric);
            var textWidth = (Width - (numericWidth * (columns.Count - textColumns))) / Math.Max(textColumns, 1);
            var widths = columns.Select(c => c.Numeric ? numericWidth : textWidth).ToArray();
            if (columns.Count > 1 && !columns[0].Numeric && columns[0].Header == "HS")
            {
                widths[1] += widths[0] - 24;
                widths[0] = 24;
            }

            void Row(IReadOnlyList<string> cells, XFont f, bool header)
            {
                var wrapped = cells.Select((c, i) => Wrap(c, f, widths[i] - 4)).ToList();
                var height = (wrapped.Max(l => l.Count) * size * 1.3) + 3;
                if (Need(height) && !header)
                {
                    Row([.. columns.Select(c => c.Header)], bold, true);
                }

                var x = Margin;
                for (var i = 0; i < cells.Count; i++)
                {
                    if (header)
                    {
                        gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xee, 0xf2, 0xf5)), x, y, widths[i], height);
                    }

                    gfx.DrawRectangle(new XPen(XColors.LightGray, 0.5), x, y, widths[i], height);
                    var ly = y + 1.5;
                    foreach (var line in wrapped[i])
                    {
                        var format = columns[i].Numeric && !header ? XStringFormats.TopRight : XStringFormats.TopLeft;
                        gfx.DrawString(line, f, XBrushes.Black, new XRect(x + 2, ly, widths[i] - 4, size * 1.3), format);
                        ly += size * 1.3;
                    }

                    x += widths[i];
                }

                y += height;
            }

            Row([.. columns.Select(c => c.Header)], bold, true);
            foreach (var row in rows)
            {
                Row(row, font, false);
            }

            y += 4;
        }

        public byte[] Save()
        {
            gfx.Dispose();
            using var stream = new MemoryStream();
            document.Save(stream, false);
            return stream.ToArray();
        }

        public void Dispose() => document.Dispose();

        /// <summary>Starts a new page when <paramref name="height"/> does not fit; true when it did.</summary>
        private bool Need(double height)
        {
            if (y + height <= page.Height.Point - Margin)
            {
                return false;
            }

            gfx.Dispose();
            NewPage();
            return true;
        }

        private void NewPage()
        {
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        private static XFont Font(double size, bool bold, bool italic) =>
            new(Family, size, (bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (italic ? XFontStyleEx.Italic : XFontStyleEx.Regular), new XPdfFontOptions(PdfFontEncoding.Unicode));

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
            return lines;
        }
    }
}
