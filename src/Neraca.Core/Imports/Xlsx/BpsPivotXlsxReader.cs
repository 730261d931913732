using System.Xml;

namespace Neraca.Imports.Xlsx;

/// <summary>
/// Reads the BPS export-import portal pivot download (one sheet: title, country/port/month headers in rows
/// 2-4, one row per HS code and year, a Totals row and a Totals column). The XLSX is read directly as a
/// ZIP of XML parts so every value keeps its exact decimal text. Facts are yielded row by row.
/// See <see cref="PivotSheetParser"/> for the layout rules and the cell accounting.
/// </summary>
public sealed class BpsPivotXlsxReader(ZipLimits? limits = null) : ITradeReader
{
    private readonly ZipLimits _limits = limits ?? ZipLimits.Default;

    public string Format => "bps-xlsx";

    public IEnumerable<RawFact> Read(Stream stream, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        return ReadIterator(stream, context);
    }

    private IEnumerable<RawFact> ReadIterator(Stream stream, ReadContext context)
    {
        using var package = XlsxPackage.Open(stream, context.FileName, _limits);
        using var rows = Guard(context.FileName, () => OpenSheet(package, context.FileName, out _));
        var parser = new PivotSheetParser(context, rows.SheetName);
        while (Guard(context.FileName, rows.Reader.MoveNext))
        {
            foreach (var fact in parser.AcceptRow(rows.Reader.RowNumber, rows.Reader.Cells))
            {
                yield return fact;
            }
        }

        parser.Finish();
    }

    private static OpenedSheet OpenSheet(XlsxPackage package, string fileName, out string sheetName)
    {
        var (name, path) = package.FirstWorksheet();
        sheetName = name;
        var shared = package.LoadSharedStrings();
        return new OpenedSheet(name, new SheetRowReader(package.OpenXml(path), shared, fileName));
    }

    /// <summary>Turns failures of the ZIP or XML layer (truncated entry, malformed XML) into TradeFileException.</summary>
    private static T Guard<T>(string fileName, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InvalidDataException e)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.damaged", e.Message), e);
        }
        catch (XmlException e)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.xml", e.Message), e);
        }
    }

    private sealed record OpenedSheet(string SheetName, SheetRowReader Reader) : IDisposable
    {
        public void Dispose() => Reader.Dispose();
    }
}
