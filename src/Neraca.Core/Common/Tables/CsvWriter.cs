using System.Text;

namespace Neraca.Common.Tables;

/// <summary>
/// The one CSV writer of Neraca (every export goes through it): RFC 4180 quoting, the OWASP guard against
/// spreadsheet formulas, numbers in the dialect's decimal separator, LF line ends, and <see cref="Encode"/> adds the
/// UTF-8 byte-order mark that makes Excel read the file as UTF-8 (names such as "Côte d'Ivoire" stay intact).
/// </summary>
public static class CsvWriter
{
    /// <summary>
    /// First characters that make a spreadsheet evaluate a cell (OWASP "CSV injection"), with their full-width forms
    /// that some spreadsheets normalise to the ASCII ones.
    /// </summary>
    private const string FormulaStarts = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    /// <summary>A header line and the rows; <paramref name="isNumeric"/> says which columns hold invariant numbers.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CsvDialect dialect, Func<int, bool>? isNumeric = null)
    {
        var sb = new StringBuilder();
        Line(sb, header, dialect, _ => false);
        foreach (var row in rows)
        {
            Line(sb, row, dialect, isNumeric ?? (_ => false));
        }

        return sb.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, as Excel needs to recognise UTF-8.</summary>
    public static byte[] Encode(string csv)
    {
        var preamble = Encoding.UTF8.GetPreamble();
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(csv)];
        preamble.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(csv, 0, csv.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>
    /// One field. A numeric cell that really is a plain invariant number (`-27.03`) is written as a number (its minus
    /// sign is no formula); anything else is text: a formula start gets a leading apostrophe and the field is quoted,
    /// and a field with the separator, a quote or a line break is quoted with quotes doubled.
    /// </summary>
    public static string Field(string value, CsvDialect dialect, bool numeric = false)
    {
        if (numeric && IsPlainNumber(value))
        {
            return dialect.DecimalSeparator == '.' ? value : value.Replace('.', dialect.DecimalSeparator);
        }

        var guarded = value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal);
        var needsQuotes = guarded || value.Contains(dialect.Separator, StringComparison.Ordinal) || value.AsSpan().IndexOfAny("\"\n\r") >= 0;
        if (!needsQuotes)
        {
            return value;
        }

        return "\"" + (guarded ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>`-?digits(.digits)?`: what <see cref="Neraca.Trade.TradeFormat"/> writes; nothing a spreadsheet could run.</summary>
    public static bool IsPlainNumber(string value)
    {
        var span = value.AsSpan();
        if (span.Length > 0 && span[0] == '-')
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var whole = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? "" : span[(dot + 1)..];
        return whole.Length > 0 && AllDigits(whole) && (dot < 0 || (fraction.Length > 0 && AllDigits(fraction)));
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> fields, CsvDialect dialect, Func<int, bool> isNumeric)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(dialect.Separator);
            }

            sb.Append(Field(fields[i], dialect, isNumeric(i)));
        }

        sb.Append('\n');
    }
}
