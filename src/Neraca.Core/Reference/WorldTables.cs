using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Reference;

/// <summary>
/// World exports by year × HS code (table <c>world_export</c>), the reference of RCA against the world
/// (docs/decisions/0012). Three file shapes load into it: the generic <c>year,hs,world_export_usd</c> (hs = 2/4/6
/// digits or TOTAL for the world total), the BACI table of every HS6 product of one year (<c>hs6,
/// world_value_usd_million</c> with <c>--year</c>; complete, so its sum is stored as the year's TOTAL), and the BACI
/// commodity totals (<c>year,hs4,world_value_usd</c>; a few products, no TOTAL). A load replaces, for each year it
/// holds, the rows of the code lengths it holds (and the TOTAL when it gives one), so an HS4 extract and a complete
/// HS6 table of the same year can sit side by side.
/// </summary>
internal static class WorldTables
{
    public const string Name = "world_export";

    public static IReadOnlyList<ReferenceTable> All { get; } =
    [
        new(Name, ["year", "hs", "world_export_usd"], (r, _) => Row(r, Year(r), HsOrTotal(r), r.Text("world_export_usd"), 1m, "world_export_usd"),
            Key, "hs", ClearAsync),
        new(Name, ["hs6", "world_value_usd_million"], (r, o) => Row(r, o.Year ?? 0, r.Code("hs6", 6), r.Text("world_value_usd_million"), 1_000_000m, "world_value_usd_million"),
            Key, "hs6", ClearAsync)
        {
            NeedsYear = true,
            Derived = rows => [.. rows.Cast<WorldExport>().GroupBy(w => w.Year)
                .Select(g => new WorldExport { Year = g.Key, Hs = WorldExport.Total, ValueMilli = g.Sum(w => w.ValueMilli) })],
        },
        new(Name, ["year", "hs4", "world_value_usd"], (r, _) => Row(r, Year(r), r.Code("hs4", 4), r.Text("world_value_usd"), 1m, "world_value_usd"),
            Key, "hs4", ClearAsync),
    ];

    private static string Key(object o) => ((WorldExport)o).Year.ToString(CultureInfo.InvariantCulture) + "/" + ((WorldExport)o).Hs;

    private static WorldExport Row(ReferenceRow r, short year, string hs, string valueText, decimal scale, string column)
    {
        long milli = 0;
        if (!decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !Money.TryToMilli(value * scale, out milli))
        {
            r.Error(column, $"'{valueText}' is not a non-negative amount in US${(scale == 1m ? "" : " million")} (decimal point)");
        }

        return new WorldExport { Year = year, Hs = hs, ValueMilli = milli };
    }

    private static short Year(ReferenceRow r)
    {
        var text = r.Text("year");
        if (short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1988 and <= 2100)
        {
            return year;
        }

        r.Error("year", $"'{text}' is not a year (1988–2100)");
        return 0;
    }

    private static string HsOrTotal(ReferenceRow r) =>
        string.Equals(r.Text("hs"), WorldExport.Total, StringComparison.OrdinalIgnoreCase) ? WorldExport.Total : r.Code("hs", 2, 4, 6);

    /// <summary>Deletes, per year of the file, the rows of the code lengths the file holds (TOTAL counts as its own kind).</summary>
    private static async Task ClearAsync(NeracaDb db, short edition, IReadOnlyList<object> rows, CancellationToken ct)
    {
        foreach (var year in rows.Cast<WorldExport>().GroupBy(w => w.Year))
        {
            var lengths = year.Where(w => w.Hs != WorldExport.Total).Select(w => w.Hs.Length).Distinct().ToList();
            var total = year.Any(w => w.Hs == WorldExport.Total);
            await db.WorldExports
                .Where(w => w.Year == year.Key && ((w.Hs != WorldExport.Total && lengths.Contains(w.Hs.Length)) || (total && w.Hs == WorldExport.Total)))
                .ExecuteDeleteAsync(ct);
        }
    }
}
