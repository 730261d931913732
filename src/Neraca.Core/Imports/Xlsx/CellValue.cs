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
    /// A value cell's amount, or the reason it is not one (a code of <see cref="ImportMessages"/>). Text cells are refused even when they look numeric:
    /// "1.234" typed by an Indonesian user means one thousand, so a string is never guessed into a number.
    /// </summary>
    public static bool TryParse(SheetCell cell, out decimal value, out string reason)
    {
        value = 0;
        reason = cell.Kind switch
        {
            CellKind.Text => "pivot.cell.text",
            CellKind.Boolean => "pivot.cell.boolean",
            CellKind.Error => "pivot.cell.error",
            _ => "",
        };
        if (reason.Length > 0)
        {
            return false;
        }

        if (!decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            reason = "pivot.cell.nan";
            return false;
        }

        if (value < 0)
        {
            reason = "value.negative";
            return false;
        }

        if (!Money.TryToMilli(value, out _) && !TryExcelPrecision(cell.Text, ref value))
        {
            reason = "pivot.cell.decimals";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Excel re-saves numbers as the shortest text that round-trips its double, e.g. 8298.6 can come back as
    /// "8298.6000000000004" (17 significant digits). Excel itself shows at most 15 significant digits, so
    /// such a value is taken at 15 significant digits when that leaves at most 3 decimals. The rounding is
    /// done in decimal; a value typed with 4+ decimals and fewer than 16 digits stays an error.
    /// </summary>
    private static bool TryExcelPrecision(string text, ref decimal value)
    {
        if (CountSignificantDigits(text) < 16 || value <= 0)
        {
            return false;
        }

        var integerDigits = 0;
        for (var whole = decimal.Truncate(value); whole >= 1; whole = decimal.Truncate(whole / 10))
        {
            integerDigits++;
        }

        var rounded = Math.Round(value, Math.Clamp(15 - integerDigits, 0, 28), MidpointRounding.AwayFromZero);
        if (!Money.TryToMilli(rounded, out _))
        {
            return false;
        }

        value = rounded;
        return true;
    }

    private static int CountSignificantDigits(string text)
    {
        var mantissa = text.AsSpan();
        var exponent = mantissa.IndexOfAny('e', 'E');
        if (exponent >= 0)
        {
            mantissa = mantissa[..exponent];
        }

        var count = 0;
        foreach (var ch in mantissa)
        {
            if (char.IsAsciiDigit(ch) && (count > 0 || ch != '0'))
            {
                count++;
            }
        }

        return count;
    }
}
