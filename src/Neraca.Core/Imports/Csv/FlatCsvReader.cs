using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Neraca.Imports.Csv;

/// <summary>
/// Reads the flat CSV format (<c>period,flow,province,hs_code,country,port,value_usd,netweight_kg</c>, any subset
/// with period, a value column and flow unless --flow is given; Indonesian names accepted). Records stream through
/// Sylvan's reader one at a time, so memory stays constant however long the file is.
/// Line numbers assume no quoted field spans lines (the format has no such fields).
/// </summary>
public sealed class FlatCsvReader : ITradeReader
{
    public string Format => "csv";

    public IEnumerable<RawFact> Read(Stream stream, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        return ReadRecords(stream, context);
    }

    private static IEnumerable<RawFact> ReadRecords(Stream stream, ReadContext context)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var headerLine = text.ReadLine();
        if (string.IsNullOrWhiteSpace(headerLine))
        {
            throw new TradeFileException($"{context.FileName}: empty file (no header line)");
        }

        var separator = DetectSeparator(headerLine);
        var header = CsvHeader.Parse(headerLine, separator, context);
        if (header is null)
        {
            yield break;
        }

        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = separator });
        var rows = new CsvRowParser(header, context);
        while (Next(csv, context))
        {
            context.CellsRead++;
            if (Accept(csv, header, rows, context) is { } fact)
            {
                context.FactsEmitted++;
                yield return fact;
            }
        }
    }

    /// <summary>';' when the header has more semicolons than commas, else ','.</summary>
    private static char DetectSeparator(string headerLine) =>
        headerLine.AsSpan().Count(';') > headerLine.AsSpan().Count(',') ? ';' : ',';

    /// <summary>The header is line 1; data record N is line N + 1.</summary>
    private static long LineOf(CsvDataReader csv) => csv.RowNumber + 1;

    private static bool Next(CsvDataReader csv, ReadContext context)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new TradeFileException(string.Create(CultureInfo.InvariantCulture,
                $"{context.FileName}: not readable as CSV near line {ex.RowNumber + 1}: {ex.Message}"), ex);
        }
    }

    /// <summary>Skips blank lines, rejects a wrong field count, else parses; accounts every record it does not emit.</summary>
    private static RawFact? Accept(CsvDataReader csv, CsvHeader header, CsvRowParser rows, ReadContext context)
    {
        var line = LineOf(csv);
        if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsWhiteSpace() && header.FieldCount > 1)
        {
            context.Skip("empty line");
            return null;
        }

        if (csv.RowFieldCount != header.FieldCount)
        {
            context.Error(context.At(line), null, string.Create(CultureInfo.InvariantCulture,
                $"the line has {csv.RowFieldCount} fields but the header has {header.FieldCount}"));
            context.Skip("row with errors");
            return null;
        }

        var fact = rows.Parse(csv, line);
        if (fact is null)
        {
            context.Skip("row with errors");
        }

        return fact;
    }
}
