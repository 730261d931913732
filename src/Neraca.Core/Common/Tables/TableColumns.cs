namespace Neraca.Common.Tables;

/// <summary>What a column of an exported table holds, decided by its key: the naming contract of the JSON and CSV.</summary>
public enum ColumnKind
{
    /// <summary>Text, including codes (HS 090111, country, period) that must never become numbers.</summary>
    Text,

    /// <summary>US$ or kg: `*_usd`, `*_kg`.</summary>
    Amount,

    /// <summary>`*_pct`, 2 decimals.</summary>
    Percent,

    /// <summary>Unit values, RCA and HHI: up to 4 decimals.</summary>
    Ratio,

    /// <summary>Ranks and counts.</summary>
    Count,
}

/// <summary>
/// The one rule that tells numbers from text in an exported table, by column key (`value_usd`, `share_pct`, `rca`, `rank`),
/// so that CSV and XLSX treat the same column the same way and a code column is never read as a number.
/// </summary>
public static class TableColumns
{
    private static readonly HashSet<string> Ratios = new(StringComparer.Ordinal) { "usd_per_kg", "year_ago_usd_per_kg", "rca", "rca_world", "product_hhi", "market_hhi" };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "rank", "products", "markets", "local_businesses", "local_products" };

    public static ColumnKind KindOf(string key) =>
        Ratios.Contains(key) ? ColumnKind.Ratio
        : Counts.Contains(key) ? ColumnKind.Count
        : key.EndsWith("_pct", StringComparison.Ordinal) ? ColumnKind.Percent
        : key.EndsWith("_usd", StringComparison.Ordinal) || key.EndsWith("_kg", StringComparison.Ordinal) ? ColumnKind.Amount
        : ColumnKind.Text;

    public static bool IsNumeric(string key) => KindOf(key) != ColumnKind.Text;

    /// <summary>A table's CSV in the given dialect, numeric columns by <see cref="KindOf"/>.</summary>
    public static string Csv(IReadOnlyList<string> keys, IEnumerable<IReadOnlyList<string>> rows, CsvDialect dialect, IReadOnlyList<string>? header = null) =>
        CsvWriter.Write(header ?? keys, rows, dialect, i => i < keys.Count && IsNumeric(keys[i]));
}
