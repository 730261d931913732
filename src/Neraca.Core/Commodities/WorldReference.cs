using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Commodities;

/// <summary>
/// The world exports of one year as loaded (<see cref="WorldExport"/>), for RCA against the world. x_wj of a code j is
/// the sum of the most detailed rows loaded under j (j itself when nothing finer is), so an HS4 extract and a complete
/// HS6 table of the same year are never added together. Null where nothing under j is loaded (e.g. 8-digit codes:
/// world tables stop at HS6). X_w is the year's TOTAL row, null when no complete table gave one.
/// </summary>
public sealed class WorldReference
{
    private readonly List<(string Hs, decimal Usd)> rows;

    public WorldReference(int year, IEnumerable<WorldExport> loaded)
    {
        Year = year;
        var list = loaded.Where(w => w.Year == year).ToList();
        Total = list.FirstOrDefault(w => w.Hs == WorldExport.Total) is { } t ? Money.FromMilli(t.ValueMilli) : null;
        rows = [.. list.Where(w => w.Hs != WorldExport.Total).Select(w => (w.Hs, Money.FromMilli(w.ValueMilli)))];
    }

    public int Year { get; }

    /// <summary>X_w: world exports of all products in the year; null when not loaded.</summary>
    public decimal? Total { get; }

    public bool IsEmpty => rows.Count == 0 && Total is null;

    /// <summary>x_wj; null when no world row lies under <paramref name="hs"/> (an unspecified code "" has none).</summary>
    public decimal? Value(string hs)
    {
        if (hs.Length == 0)
        {
            return null;
        }

        var under = rows.Where(r => r.Hs.StartsWith(hs, StringComparison.Ordinal)).ToList();
        if (under.Count == 0)
        {
            return null;
        }

        var finest = under.Max(r => r.Hs.Length);
        return under.Where(r => r.Hs.Length == finest).Sum(r => r.Usd);
    }
}
