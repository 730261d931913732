using Neraca.Imports.Csv;
using Neraca.Imports.WebApi;
using Neraca.Imports.Xlsx;

namespace Neraca.Imports;

/// <summary>Picks the reader from the file's first bytes (a ZIP is an XLSX, JSON or HTML is the WebAPI), else treats it as CSV.</summary>
public static class ImportFormats
{
    public static ITradeReader Choose(string fileName, Stream stream)
    {
        var head = new byte[512];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(head, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (n >= 4 && head[0] == 'P' && head[1] == 'K')
        {
            return new BpsPivotXlsxReader();
        }

        if (text.StartsWith('{') || text.StartsWith('[') || text.StartsWith('<'))
        {
            return new BpsWebApiReader();
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".txt" or "" => new FlatCsvReader(),
            ".xlsx" => throw new TradeFileException(fileName, ImportMessage.Of("file.notxlsx")),
            _ => throw new TradeFileException(fileName, ImportMessage.Of("file.format")),
        };
    }
}
