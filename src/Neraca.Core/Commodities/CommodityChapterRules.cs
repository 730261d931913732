namespace Neraca.Commodities;

/// <summary>
/// The built-in HS-chapter rules of docs/decisions/0009-sector-end-use-rules.md: the fallback for HS6 codes a concordance
/// leaves unclassified and the whole rule when no concordance is available (an approximation, labelled so).
/// </summary>
internal static class CommodityChapterRules
{
    private static readonly HashSet<string> OilGasHeadings = new(StringComparer.Ordinal) { "2709", "2710", "2711" };
    private static readonly HashSet<string> AgricultureChapters = new(StringComparer.Ordinal) { "01", "03", "06", "07", "08", "09", "10", "12", "13", "14" };
    private static readonly HashSet<string> MiningOtherChapters = new(StringComparer.Ordinal) { "25", "26", "27", "97", "98", "99" };
    private static readonly HashSet<string> CapitalChapters = new(StringComparer.Ordinal) { "84", "85", "86", "88", "89" };
    private static readonly HashSet<string> CapitalHeadings = new(StringComparer.Ordinal) { "8701", "8702", "8704", "8705", "8709", "8716" };
    private static readonly HashSet<string> ConsumptionChapters = new(StringComparer.Ordinal)
    {
        "02", "04", "16", "19", "20", "21", "22", "24", "30", "33", "42", "61", "62", "63", "64", "65", "66", "67", "91", "94", "95", "96",
    };

    private static readonly HashSet<string> ConsumptionHeadings = new(StringComparer.Ordinal) { "8703", "8711", "8712" };
    private static readonly HashSet<string> RawChapters = new(StringComparer.Ordinal) { "01", "03", "05", "06", "07", "08", "09", "10", "12", "13", "14", "25", "26" };
    private static readonly HashSet<string> RawHeadings = new(StringComparer.Ordinal) { "2701", "2709", "2711", "4001", "4401", "4403", "5001", "5101", "5201", "5301" };
    private static readonly HashSet<string> ProcessedSubheadings = new(StringComparer.Ordinal) { "090121", "090122", "090190" };

    public static bool IsOilGasHeading(string hs4) => OilGasHeadings.Contains(hs4);

    public static string Sector(string hs)
    {
        var chapter = hs[..2];
        return AgricultureChapters.Contains(chapter) ? Category.Agriculture
            : MiningOtherChapters.Contains(chapter) ? Category.MiningOther
            : Category.Manufacturing;
    }

    public static string EndUse(string hs)
    {
        var heading = hs.Length >= 4 ? hs[..4] : "";
        var chapter = hs[..2];
        if (CapitalHeadings.Contains(heading) || CapitalChapters.Contains(chapter))
        {
            return Category.Capital;
        }

        return ConsumptionHeadings.Contains(heading) || ConsumptionChapters.Contains(chapter) ? Category.Consumption : Category.RawAuxiliary;
    }

    public static string Processing(string hs)
    {
        if (hs.Length >= 6 && ProcessedSubheadings.Contains(hs[..6]))
        {
            return Category.Processed;
        }

        return (hs.Length >= 4 && RawHeadings.Contains(hs[..4])) || RawChapters.Contains(hs[..2]) ? Category.Raw : Category.Processed;
    }
}
