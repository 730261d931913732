using System.Globalization;
using System.Text;

namespace Neraca.Imports.Csv;

/// <summary>
/// Splits one CSV line into fields: RFC 4180 quoting ("" inside quotes is a quote) with the leniency of spreadsheet
/// programs and Python's csv module for hand-edited files: spaces around a quoted field are ignored
/// (`"2020-01", "export" ,"18"`). A quote inside an unquoted field is an ordinary character. Fields are spans into the
/// line or, for a quoted field with doubled quotes, into an internal buffer; valid until the next <see cref="Split"/>.
/// </summary>
internal sealed class CsvLine(char separator)
{
    private readonly List<(int Start, int Length, bool Unescaped)> fields = [];
    private readonly StringBuilder unescaped = new();
    private string line = "";
    private string unescapedText = "";

    public int FieldCount => fields.Count;

    /// <summary>Null when the line splits, else why not (an unclosed quote, text after a closing quote).</summary>
    public ImportMessage? Split(string text)
    {
        line = text;
        fields.Clear();
        unescaped.Clear();
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                var error = Quoted(ref i);
                if (error is not null)
                {
                    return error;
                }
            }
            else
            {
                while (i < line.Length && line[i] != separator)
                {
                    i++;
                }

                fields.Add((start, i - start, false));
            }

            if (i >= line.Length)
            {
                break;
            }

            i++; // the separator
        }

        unescapedText = unescaped.ToString();
        return null;
    }

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length, fromBuffer) = fields[index];
            return fromBuffer ? unescapedText.AsSpan(start, length) : line.AsSpan(start, length);
        }
    }

    private ImportMessage? Quoted(ref int i)
    {
        var open = i++;
        var start = i;
        var doubled = false;
        while (true)
        {
            var close = line.IndexOf('"', i);
            if (close < 0)
            {
                return ImportMessage.Of("csv.unclosedquote", open + 1);
            }

            if (close + 1 < line.Length && line[close + 1] == '"')
            {
                doubled = true;
                i = close + 2;
                continue;
            }

            if (doubled)
            {
                var content = line.AsSpan(start, close - start).ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
                fields.Add((unescaped.Length, content.Length, true));
                unescaped.Append(content);
            }
            else
            {
                fields.Add((start, close - start, false));
            }

            i = close + 1;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            return i < line.Length && line[i] != separator
                ? ImportMessage.Of("csv.afterquote", i + 1)
                : null;
        }
    }
}
