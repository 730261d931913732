using System.Globalization;

namespace Neraca.Common;

/// <summary>
/// How numbers and times are shown to people: Indonesian `1.234,56` or English `1,234.56` by the culture given,
/// and times in WIB (UTC+7, Indonesia keeps no daylight saving). Used by the web pages and later by reports.
/// </summary>
public static class Formatting
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Western Indonesia Time (Lampung, Jakarta): a fixed UTC+7, so no time-zone database is needed.</summary>
    public static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);

    /// <summary>A number with group separators and exactly <paramref name="decimals"/> decimals, rounded half away from zero.</summary>
    public static string Number(decimal value, int decimals, CultureInfo culture) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);

    public static string Number(long value, CultureInfo culture) => value.ToString("N0", culture);

    /// <summary>A US$ amount with 2 decimals (the display precision; values are stored to 3).</summary>
    public static string Usd(decimal value, CultureInfo culture) => Number(value, 2, culture);

    /// <summary>A percentage with 2 decimals, or "n/a" ("t.a." in Indonesian) when it cannot be computed.</summary>
    public static string Percent(decimal? value, CultureInfo culture) =>
        value is null ? NotAvailable(culture) : Number(value.Value, 2, culture) + " %";

    public static string NotAvailable(CultureInfo culture) => IsIndonesian(culture) ? "t.a." : "n/a";

    /// <summary>A UTC instant as WIB wall-clock time, e.g. `28 Nov 2026 00.14 WIB` (id) or `28 Nov 2026 00:14 WIB` (en).</summary>
    public static string Wib(DateTime utc, CultureInfo culture)
    {
        var instant = utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var wib = new DateTimeOffset(instant).ToOffset(WibOffset);
        var time = IsIndonesian(culture) ? "HH'.'mm" : "HH':'mm";
        return wib.ToString("d MMM yyyy " + time, culture) + " WIB";
    }

    public static string Wib(DateTimeOffset instant, CultureInfo culture) => Wib(instant.UtcDateTime, culture);

    public static bool IsIndonesian(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "id", StringComparison.Ordinal);
}
