using System.Globalization;

namespace Neraca.Imports.Csv;

/// <summary>
/// Lines of a text (LF or CRLF), each at most <see cref="MaxLineLength"/> characters, so one endless line cannot
/// exhaust memory; a longer line is a file error naming the line.
/// </summary>
internal sealed class BoundedLineReader(TextReader text, string fileName)
{
    public const int MaxLineLength = 1 << 20;

    private readonly char[] buffer = new char[64 * 1024];
    private readonly System.Text.StringBuilder current = new();
    private int position;
    private int filled;

    /// <summary>Line number of the last line returned (1-based).</summary>
    public long LineNumber { get; private set; }

    public string? ReadLine()
    {
        current.Clear();
        var any = false;
        while (true)
        {
            if (position == filled)
            {
                filled = text.Read(buffer, 0, buffer.Length);
                position = 0;
                if (filled == 0)
                {
                    return any ? Finish() : null;
                }
            }

            var newline = Array.IndexOf(buffer, '\n', position, filled - position);
            var end = newline < 0 ? filled : newline;
            if (current.Length + (end - position) > MaxLineLength)
            {
                throw new TradeFileException(fileName, ImportMessage.Of("csv.longline", LineNumber + 1, MaxLineLength));
            }

            current.Append(buffer, position, end - position);
            any = true;
            if (newline >= 0)
            {
                position = newline + 1;
                return Finish();
            }

            position = filled;
        }
    }

    private string Finish()
    {
        LineNumber++;
        if (current.Length > 0 && current[^1] == '\r')
        {
            current.Length--;
        }

        return current.ToString();
    }
}
