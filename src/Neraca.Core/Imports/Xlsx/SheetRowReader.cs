using System.Globalization;
using System.Xml;

namespace Neraca.Imports.Xlsx;

internal enum CellKind : byte
{
    Empty,
    Number,
    Text,
    Boolean,
    Error,
}

/// <summary>One cell as stored: the exact text of its value (never converted through double).</summary>
internal readonly record struct SheetCell(int Column, CellKind Kind, string Text);

/// <summary>
/// Streams the rows of one worksheet part. Only one row is held at a time; the cell list is reused,
/// so a caller must finish with a row before asking for the next.
/// </summary>
internal sealed class SheetRowReader(XmlReader reader, IReadOnlyList<string> sharedStrings, string fileName) : IDisposable
{
    private readonly List<SheetCell> _cells = [];
    private int _lastRow;

    public int RowNumber { get; private set; }

    public IReadOnlyList<SheetCell> Cells => _cells;

    /// <summary>Moves to the next &lt;row&gt;; false at the end of the sheet.</summary>
    public bool MoveNext()
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                ReadRow();
                return true;
            }
        }

        return false;
    }

    public void Dispose() => reader.Dispose();

    private void ReadRow()
    {
        _cells.Clear();
        RowNumber = ParseIndex(reader.GetAttribute("r"), _lastRow + 1);
        if (RowNumber <= _lastRow)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.roworder", RowNumber, _lastRow));
        }

        _lastRow = RowNumber;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var lastColumn = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                var cell = ReadCell(lastColumn);
                lastColumn = cell.Column;
                _cells.Add(cell);
            }
        }
    }

    private SheetCell ReadCell(int lastColumn)
    {
        var column = lastColumn + 1;
        if (reader.GetAttribute("r") is { } reference)
        {
            if (!ColumnName.TryParseReference(reference, out column, out var row) || (row != 0 && row != RowNumber))
            {
                throw new TradeFileException(fileName, ImportMessage.Of("xlsx.cellref", reference, RowNumber));
            }
        }

        if (column <= lastColumn)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.cellorder", ColumnName.ToLetters(column) + RowNumber.ToString(CultureInfo.InvariantCulture)));
        }

        var type = reader.GetAttribute("t");
        var (value, inline) = ReadCellContent();
        return type switch
        {
            "s" => SharedString(column, value),
            "inlineStr" => Make(column, CellKind.Text, inline ?? value),
            "str" or "d" => Make(column, CellKind.Text, value),
            "b" => Make(column, CellKind.Boolean, value),
            "e" => Make(column, CellKind.Error, value),
            _ => Make(column, CellKind.Number, value),
        };
    }

    /// <summary>Reads the &lt;v&gt; text and any inline string; leaves the reader on the cell's end (or empty) element.</summary>
    private (string? Value, string? Inline) ReadCellContent()
    {
        if (reader.IsEmptyElement)
        {
            return (null, null);
        }

        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                value = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = XmlText.ReadRichText(reader);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        return (value, inline);
    }

    private SheetCell SharedString(int column, string? index)
    {
        if (index is null)
        {
            return new SheetCell(column, CellKind.Empty, "");
        }

        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= sharedStrings.Count)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.sharedstring", ColumnName.ToLetters(column) + RowNumber.ToString(CultureInfo.InvariantCulture), index));
        }

        return Make(column, CellKind.Text, sharedStrings[i]);
    }

    /// <summary>A cell without a value, or with only blanks, is empty whatever its declared type.</summary>
    private static SheetCell Make(int column, CellKind kind, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length == 0 ? new SheetCell(column, CellKind.Empty, "") : new SheetCell(column, kind, trimmed);
    }

    private int ParseIndex(string? text, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.number.row", text));
        }

        return value;
    }
}
