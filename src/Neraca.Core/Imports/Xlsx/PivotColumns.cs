using System.Globalization;
using System.Text.RegularExpressions;

namespace Neraca.Imports.Xlsx;

/// <summary>What a value column stands for: partner country, Indonesian port and month (0 = invalid key).</summary>
internal readonly record struct ColumnKey(string Country, string Port, byte Month, bool Valid)
{
    /// <summary>"column F (JAPAN / PANJANG / month 4)" as a nested message (<see cref="ImportMessages.Nested"/>).</summary>
    public string Describe(int column) => (Country.Length == 0, Port.Length == 0) switch
    {
        (false, false) => ImportMessages.Nested("label.column", ColumnName.ToLetters(column), Country, Port, Month),
        (true, false) => ImportMessages.Nested("label.column.nocountry", ColumnName.ToLetters(column), Port, Month),
        (false, true) => ImportMessages.Nested("label.column.noport", ColumnName.ToLetters(column), Country, Month),
        (true, true) => ImportMessages.Nested("label.column.neither", ColumnName.ToLetters(column), Month),
    };
}

/// <summary>
/// The column headers of rows 2 to 4, resolved per column. BPS merges header cells, so a country or port
/// stands only in the first column of its block and blanks repeat the value to the left; a new country
/// block starts with no port. A blank before the first country (column D in the 2025 downloads) means
/// the country is not given: it becomes "" (unspecified), as <see cref="RawFact"/> defines.
/// </summary>
internal sealed partial class PivotColumns
{
    public const int FirstValueColumn = 4;
    private const string TotalsLabel = "Totals";

    private readonly ColumnKey[] _keys;

    private PivotColumns(ColumnKey[] keys, int lastValueColumn, int? totalsColumn)
    {
        _keys = keys;
        LastValueColumn = lastValueColumn;
        TotalsColumn = totalsColumn;
    }

    public int LastValueColumn { get; }

    /// <summary>The row-sum column (header "Totals" in row 2); null when the file has none (an error).</summary>
    public int? TotalsColumn { get; }

    /// <summary>Last column of the data region: the Totals column, or the last value column without one.</summary>
    public int LastColumn => TotalsColumn ?? LastValueColumn;

    public ColumnKey this[int column] => _keys[column];

    public static PivotColumns Build(
        IReadOnlyDictionary<int, string> countries,
        IReadOnlyDictionary<int, string> ports,
        IReadOnlyDictionary<int, string> months,
        ReadContext context,
        string sheet)
    {
        int? totals = countries.Where(c => c.Key >= FirstValueColumn && string.Equals(c.Value, TotalsLabel, StringComparison.OrdinalIgnoreCase))
            .Select(c => (int?)c.Key).Min();
        var last = totals - 1 ?? Math.Max(FirstValueColumn - 1, months.Keys.DefaultIfEmpty(0).Max());
        if (totals is null)
        {
            context.Error(context.At(2, null, sheet), null, ImportMessage.Of("pivot.nototalscolumn"));
        }

        var keys = new ColumnKey[last + 1];
        var seen = new Dictionary<(string, string, byte), int>();
        string country = "", port = "";
        for (var column = FirstValueColumn; column <= last; column++)
        {
            if (countries.TryGetValue(column, out var newCountry))
            {
                country = newCountry;
                port = "";
            }

            port = ports.TryGetValue(column, out var newPort) ? newPort : port;
            var month = ParseMonth(months.GetValueOrDefault(column), column, context, sheet);
            keys[column] = new ColumnKey(country, port, month, month != 0 && IsUnique(seen, (country, port, month), column, context, sheet));
        }

        return new PivotColumns(keys, last, totals);
    }

    private static bool IsUnique(Dictionary<(string, string, byte), int> seen, (string Country, string Port, byte Month) key, int column, ReadContext context, string sheet)
    {
        if (seen.TryAdd(key, column))
        {
            return true;
        }

        context.Error(context.At(4, ColumnName.ToLetters(column), sheet), null,
            ImportMessage.Of("pivot.duplicatecolumn", key.Country, key.Port, key.Month, ColumnName.ToLetters(seen[key])));
        return false;
    }

    private static byte ParseMonth(string? label, int column, ReadContext context, string sheet)
    {
        var match = MonthLabel().Match(label ?? "");
        if (match.Success
            && int.TryParse(match.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            return (byte)month;
        }

        var reason = ImportMessage.Of(match.Success ? "pivot.month.range" : "pivot.month.label");
        context.Error(context.At(4, ColumnName.ToLetters(column), sheet), label, reason);
        return 0;
    }

    [GeneratedRegex(@"^\[(?<month>\d{1,2})\]", RegexOptions.CultureInvariant)]
    private static partial Regex MonthLabel();
}
