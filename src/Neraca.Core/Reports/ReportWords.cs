using System.Globalization;
using Neraca.Common;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Reports;

/// <summary>
/// How the report writes numbers, months and places in its language. Amounts and percentages go through
/// <see cref="Formatting.Number(decimal, int, CultureInfo)"/> (half away from zero, 2 decimals), the same call the
/// tables use, so a sentence always shows the number of its table cell.
/// </summary>
public sealed class ReportWords
{
    private ReportWords(bool indonesian)
    {
        Indonesian = indonesian;
        Culture = indonesian ? Formatting.Indonesian : Formatting.English;
    }

    public static ReportWords Id { get; } = new(true);
    public static ReportWords En { get; } = new(false);

    public bool Indonesian { get; }
    public CultureInfo Culture { get; }
    public string Language => Indonesian ? "id" : "en";

    /// <summary>"id" → Indonesian; anything else English (callers validate with <see cref="Parameters.Language"/>).</summary>
    public static ReportWords For(string language) => string.Equals(language, "id", StringComparison.Ordinal) ? Id : En;

    public string T(string id, string en) => Indonesian ? id : en;

    /// <summary>US$ to million US$, exact (the table cell value).</summary>
    public static decimal Million(decimal usd) => usd / 1_000_000m;

    /// <summary>"206,31" / "206.31": a million-US$ value as the tables print it.</summary>
    public string Number(decimal value) => Formatting.Number(value, 2, Culture);

    /// <summary>"US$206,31 juta" / "US$206.31 million".</summary>
    public string Usd(decimal usd) => Indonesian
        ? "US$" + Number(Million(usd)) + " juta"
        : "US$" + Number(Million(usd)) + " million";

    /// <summary>"27,03 persen" / "27.03 percent" (the magnitude; the direction is a word).</summary>
    public string Percent(decimal pct) => Number(Math.Abs(pct)) + T(" persen", " percent");

    /// <summary>"Januari 2020" / "January 2020".</summary>
    public string Month(YearMonth month) =>
        Culture.DateTimeFormat.GetMonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Jan 2020" for table rows and chart axes.</summary>
    public string ShortMonth(YearMonth month) =>
        Culture.DateTimeFormat.GetAbbreviatedMonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Januari–Maret 2020"; January alone is just the month.</summary>
    public string YearToDate(YearMonth month) => month.Month == 1
        ? Month(month)
        : Culture.DateTimeFormat.GetMonthName(1) + "–" + Month(month);

    /// <summary>A null table value: "t.a." / "n/a".</summary>
    public string NotAvailable => Formatting.NotAvailable(Culture);

    /// <summary>"Lampung", "DKI Jakarta", "Indonesia": BPS's upper-case names as a sentence writes them.</summary>
    public static string ProvinceName(short? province)
    {
        if (province is null or 0)
        {
            return "Indonesia";
        }

        var name = Array.Find(Provinces.All, p => p.Code == province)?.Name ?? province.Value.ToString(CultureInfo.InvariantCulture);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "DKI" or "DI" or "NTB" or "NTT"
            ? w
            : string.Concat(w[..1], w[1..].ToLowerInvariant()));
        return string.Join(' ', words);
    }

    /// <summary>A cell as the tables print it: million US$ and percentages with 2 decimals; null → "t.a."/"n/a".</summary>
    public string Cell(ReportCell cell, string kind) => cell switch
    {
        { Text: { } text } => text,
        { Number: decimal d } when kind == ColumnKind.Percent => Number(d),
        { Number: decimal d } => Number(d),
        _ => NotAvailable,
    };
}
