namespace Neraca.Imports.Xlsx;

/// <summary>Spreadsheet column letters (A, Z, AA, TRQ) and their 1-based numbers.</summary>
public static class ColumnName
{
    /// <summary>Excel's last column is XFD (16,384); anything larger is not a worksheet.</summary>
    public const int MaxColumn = 16_384;

    public static string ToLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Span<char> buffer = stackalloc char[8];
        var pos = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--pos] = (char)('A' + (column % 26));
            column /= 26;
        }

        return new string(buffer[pos..]);
    }

    /// <summary>Splits a reference like "TRQ8" into column 14,005 and row 8; false when it is not one.</summary>
    public static bool TryParseReference(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0)
        {
            return false;
        }

        var digits = reference[i..];
        return digits.IsEmpty || (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out row) && row > 0);
    }
}
