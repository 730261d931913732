using System.Reflection;
using Neraca.Reports;
using SkiaSharp;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// The report's charts drawn on the server with SkiaSharp (already used for photos) as PNG, with the embedded DejaVu
/// font, for the page, the PDF and e-mail alike: the 13-month trend (exports and imports as lines, the balance as
/// bars) and the top partners as horizontal bars. Each chart's table follows it in the report (its text alternative).
/// </summary>
public static class ReportCharts
{
    private static readonly Lazy<SKTypeface> Typeface = new(() => SKTypeface.FromData(SKData.CreateCopy(ReportFonts.Regular)));
    private static readonly SKColor Exports = new(0x1f, 0x5f, 0x99);
    private static readonly SKColor Imports = new(0xd9, 0x7a, 0x00);
    private static readonly SKColor Surplus = new(0x3a, 0x8f, 0x4e);
    private static readonly SKColor Deficit = new(0xc0, 0x39, 0x2b);

    /// <summary>An &lt;img&gt; of the section's chart as a data URI (allowed by the CSP's img-src data:), or null.</summary>
    public static string? Markup(ReportSection section, ReportWords w) => Png(section, w) is { } png
        ? "<img src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\" alt=\"" + System.Net.WebUtility.HtmlEncode(Alt(section, w)) + "\" width=\"900\" height=\"" + Height(section) + "\">"
        : null;

    public static byte[]? Png(ReportSection section, ReportWords w) => section.Chart switch
    {
        "trend" when section.Table is { } t => Trend(t, w),
        "bars" when section.Table is { } t => Bars(t, w),
        _ => null,
    };

    public static int Height(ReportSection section) => section.Chart == "bars" ? 320 : 360;

    public static string Alt(ReportSection section, ReportWords w) => section.Chart == "trend"
        ? w.T("Grafik garis nilai ekspor dan impor serta batang neraca perdagangan selama 13 bulan, dalam juta US$.", "Line chart of exports and imports with trade-balance bars over 13 months, in US$ million.")
        : w.T("Grafik batang nilai ekspor menurut negara tujuan terbesar, dalam juta US$.", "Bar chart of exports by main destination country, in US$ million.");

    private static byte[] Trend(ReportTable table, ReportWords w)
    {
        const int width = 900, height = 360, left = 70, right = 20, top = 40, bottom = 40;
        var labels = table.Rows.Select(r => r[0].Text ?? "").ToList();
        var series = Enumerable.Range(1, 3).Select(c => table.Rows.Select(r => r[c].Number).ToList()).ToList();
        var all = series.SelectMany(s => s).OfType<decimal>().Append(0m).ToList();
        var (min, max) = ((float)all.Min(), (float)all.Max());
        if (max - min < 1e-6f)
        {
            max = min + 1;
        }

        return Draw(width, height, (canvas, font, small) =>
        {
            var plotH = height - top - bottom;
            var plotW = width - left - right;
            float Y(float v) => top + ((max - v) / (max - min) * plotH);
            float X(int i) => left + ((i + 0.5f) * plotW / labels.Count);
            using var grid = new SKPaint { Color = new SKColor(0xdd, 0xdd, 0xdd), StrokeWidth = 1 };
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            for (var k = 0; k <= 4; k++)
            {
                var v = min + ((max - min) * k / 4);
                canvas.DrawLine(left, Y(v), width - right, Y(v), grid);
                canvas.DrawText(w.Number((decimal)v), left - 6, Y(v) + 4, SKTextAlign.Right, small, ink);
            }

            var barW = plotW / labels.Count * 0.5f;
            for (var i = 0; i < labels.Count; i++)
            {
                canvas.DrawText(labels[i], X(i), height - bottom + 16, SKTextAlign.Center, small, ink);
                if (series[2][i] is decimal b)
                {
                    using var bar = new SKPaint { Color = (b >= 0 ? Surplus : Deficit).WithAlpha(150) };
                    canvas.DrawRect(SKRect.Create(X(i) - (barW / 2), Math.Min(Y((float)b), Y(0)), barW, Math.Abs(Y((float)b) - Y(0))), bar);
                }
            }

            foreach (var (values, color) in new[] { (series[0], Exports), (series[1], Imports) })
            {
                using var line = new SKPaint { Color = color, StrokeWidth = 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
                for (var i = 1; i < values.Count; i++)
                {
                    if (values[i - 1] is decimal a && values[i] is decimal c)
                    {
                        canvas.DrawLine(X(i - 1), Y((float)a), X(i), Y((float)c), line);
                    }
                }
            }

            Legend(canvas, font, left, 24, [(table.Columns[1].Header, Exports), (table.Columns[2].Header, Imports), (table.Columns[3].Header, Surplus)]);
        });
    }

    private static byte[] Bars(ReportTable table, ReportWords w)
    {
        const int width = 900, height = 320, left = 190, right = 80, top = 20;
        // Members only: the summary rows (top N together, others, total) have blank change cells.
        var value = table.Columns.ToList().FindIndex(c => c.Key == "value");
        var rows = table.Rows.TakeWhile(r => r[^1].Text != "").Where(r => r[value].Number is not null).ToList();
        var max = rows.Count == 0 ? 1f : Math.Max(1e-6f, (float)rows.Max(r => r[value].Number!.Value));
        return Draw(width, height, (canvas, font, small) =>
        {
            var rowH = (height - top - 10f) / Math.Max(rows.Count, 1);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var bar = new SKPaint { Color = Exports };
            for (var i = 0; i < rows.Count; i++)
            {
                var y = top + (i * rowH);
                var v = (float)rows[i][value].Number!.Value;
                canvas.DrawText(rows[i][0].Text ?? "", left - 8, y + (rowH * 0.65f), SKTextAlign.Right, small, ink);
                canvas.DrawRect(SKRect.Create(left, y + (rowH * 0.15f), (width - left - right) * Math.Max(v, 0) / max, rowH * 0.7f), bar);
                canvas.DrawText(w.Number((decimal)v), left + ((width - left - right) * Math.Max(v, 0) / max) + 6, y + (rowH * 0.65f), SKTextAlign.Left, small, ink);
            }
        });
    }

    private static void Legend(SKCanvas canvas, SKFont font, float x, float y, (string Text, SKColor Color)[] items)
    {
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var (text, color) in items)
        {
            using var swatch = new SKPaint { Color = color };
            canvas.DrawRect(SKRect.Create(x, y - 10, 14, 10), swatch);
            canvas.DrawText(text, x + 20, y, SKTextAlign.Left, font, ink);
            x += 30 + font.MeasureText(text);
        }
    }

    private static byte[] Draw(int width, int height, Action<SKCanvas, SKFont, SKFont> paint)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height)) ?? throw new InvalidOperationException("SkiaSharp could not create a surface");
        using var font = new SKFont(Typeface.Value, 14);
        using var small = new SKFont(Typeface.Value, 12);
        surface.Canvas.Clear(SKColors.White);
        paint(surface.Canvas, font, small);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

/// <summary>The DejaVu Sans fonts shipped inside the product (Fonts/SOURCES.md) for PDFs and charts.</summary>
public static class ReportFonts
{
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));

    public static byte[] Regular => RegularBytes.Value;

    public static byte[] Bold => BoldBytes.Value;

    private static byte[] Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Neraca.Web.Reports." + file)
            ?? throw new InvalidOperationException($"embedded font {file} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
