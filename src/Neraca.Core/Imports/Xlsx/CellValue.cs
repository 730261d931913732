using System.Globalization;
using Neraca.Common;

namespace Neraca.Imports.Xlsx;

/// <summary>Exact US$ amounts from value cells: the stored text is parsed as decimal, never through double.</summary>
internal static class CellValue
{
    /// <summary>Whether the cell holds a number at all (valid or not as an amount).</summary>
    public static bool IsNumber(SheetCell cell, out decimal value)
    {
        value = 0;
        return cell.Kind == CellKind.Number && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A value cell's amount, or the reason it is not one. Text cells are refused even when they look numeric:
    /// "1.234" typed by an Indonesian user means one thousand, so a string is never guessed into a number.
    /// </summary>
    public static bool TryParse(SheetCell cell, out decimal value, out string reason)
    {
        value = 0;
        reason = cell.Kind switch
        {
            CellKind.Text => "text in a value cell",
            CellKind.Boolean => "TRUE/FALSE in a value cell",
            CellKind.Error => "spreadsheet error value in a value cell",
            _ => "",
        };
        if (reason.Length > 0)
        {
            return false;
        }

        if (!decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            reason = "not a number";
            return false;
        }

        if (value < 0)
        {
            reason = "negative value";
            return false;
        }

        if (!Money.TryToMilli(value, out _))
        {
            reason = "more than 3 decimals (US$ are stored in thousandths)";
            return false;
        }

        return true;
    }
}
