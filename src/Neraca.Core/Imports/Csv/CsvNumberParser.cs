using System.Globalization;

namespace Neraca.Imports.Csv;

/// <summary>
/// Parses amounts exactly (no double) and learns the file's decimal separator from the data.
/// Rule (see docs/decisions/0002-csv-published-totals.md):
/// <list type="bullet">
/// <item>The first amount that contains '.' or ',' decides the decimal separator D: with both, the last one is D;
/// with one kind written once, it is D; with one kind written several times, those are thousands separators and D
/// is the other character. The choice is reported once as a warning.</item>
/// <item>The other character T may group thousands only where that cannot be misread: groups of exactly three
/// digits, and either together with D (<c>1.234,56</c>) or more than once (<c>1.234.567</c>). A single T without D
/// (<c>1.234</c> in a decimal-comma file) is rejected as ambiguous.</item>
/// </list>
/// </summary>
internal sealed class CsvNumberParser(ReadContext context)
{
    private const int MaxDigits = 19;

    private char decimalSeparator;

    /// <summary>Parses <paramref name="text"/> (trimmed, non-empty); returns null on success or the reason it is not an amount.</summary>
    public ImportMessage? TryParse(ReadOnlySpan<char> text, long line, string column, out decimal value)
    {
        value = 0m;
        var negative = text.Length > 0 && text[0] == '-';
        var body = negative ? text[1..] : text;
        if (body.IsEmpty || body.ContainsAnyExcept("0123456789.,") || !body.ContainsAnyInRange('0', '9'))
        {
            return ImportMessage.Of("csv.nan");
        }

        var separator = DecimalSeparatorFor(body, line, column);
        var thousands = separator == '.' ? ',' : '.';
        var problem = CheckSeparators(body, separator, thousands);
        return problem ?? Compose(body, separator, negative, out value);
    }

    private char DecimalSeparatorFor(ReadOnlySpan<char> body, long line, string column)
    {
        if (decimalSeparator != default || !body.ContainsAny('.', ','))
        {
            return decimalSeparator == default ? '.' : decimalSeparator;
        }

        decimalSeparator = Detect(body);
        context.Warning(context.At(line, column), body.ToString(),
            ImportMessage.Of(decimalSeparator == ',' ? "csv.separator.comma" : "csv.separator.point", decimalSeparator));
        return decimalSeparator;
    }

    private static char Detect(ReadOnlySpan<char> body)
    {
        var dots = body.Count('.');
        var commas = body.Count(',');
        if (dots > 0 && commas > 0)
        {
            return body[body.LastIndexOfAny('.', ',')];
        }

        var only = dots > 0 ? '.' : ',';
        var count = dots + commas;
        return count == 1 ? only : (only == '.' ? ',' : '.');
    }

    private static ImportMessage? CheckSeparators(ReadOnlySpan<char> body, char separator, char thousands)
    {
        var decimals = body.Count(separator);
        if (decimals > 1)
        {
            return ImportMessage.Of("csv.separator.twice", separator, decimals);
        }

        var groups = body.Count(thousands);
        if (groups == 0)
        {
            return null;
        }

        if (groups == 1 && decimals == 0)
        {
            return ImportMessage.Of("csv.separator.ambiguous", separator, thousands);
        }

        var integerPart = decimals == 0 ? body : body[..body.IndexOf(separator)];
        if (integerPart.Length < body.Length && body[integerPart.Length..].Contains(thousands))
        {
            return ImportMessage.Of("csv.separator.after", thousands, separator);
        }

        return ValidGrouping(integerPart, thousands) ? null : ImportMessage.Of("csv.separator.grouping", thousands);
    }

    /// <summary>First group 1-3 digits, every later group exactly 3.</summary>
    private static bool ValidGrouping(ReadOnlySpan<char> integerPart, char thousands)
    {
        var first = integerPart.IndexOf(thousands);
        if (first is < 1 or > 3)
        {
            return false;
        }

        var rest = integerPart[(first + 1)..];
        while (rest.Length > 0)
        {
            var next = rest.IndexOf(thousands);
            var length = next < 0 ? rest.Length : next;
            if (length != 3)
            {
                return false;
            }

            rest = next < 0 ? [] : rest[(next + 1)..];
        }

        return true;
    }

    /// <summary>Builds the decimal from digits and scale directly, so the value is exactly what is written.</summary>
    private static ImportMessage? Compose(ReadOnlySpan<char> body, char separator, bool negative, out decimal value)
    {
        value = 0m;
        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var afterSeparator = false;
        foreach (var c in body)
        {
            if (c == separator)
            {
                afterSeparator = true;
                continue;
            }

            if (c is < '0' or > '9')
            {
                continue; // a thousands separator already checked
            }

            if (mantissa == 0 && c == '0' && !afterSeparator)
            {
                continue; // leading zeros carry no digits
            }

            if (++digits > MaxDigits)
            {
                return ImportMessage.Of("csv.digits", MaxDigits);
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            scale += afterSeparator ? 1 : 0;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return null;
    }
}
