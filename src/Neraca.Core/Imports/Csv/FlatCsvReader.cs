using System.Globalization;
using System.Text;

namespace Neraca.Imports.Csv;

/// <summary>
/// Reads the flat CSV format (<c>period,flow,province,hs_code,country,port,value_usd,netweight_kg</c>, any subset
/// with period, a value column and flow unless --flow is given; Indonesian names accepted). Records stream through
/// the bounded line reader one at a time, so memory stays constant however long the file is. One record is one line
/// (the format has no field spanning lines); <see cref="CsvLine"/> splits it.
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

    /// <summary>A field longer than this is refused with its row and column (names and codes are short).</summary>
    public const int MaxFieldLength = 1_000;

    private static IEnumerable<RawFact> ReadRecords(Stream stream, ReadContext context)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var lines = new BoundedLineReader(text, context.FileName);
        var headerLine = lines.ReadLine();
        if (string.IsNullOrWhiteSpace(headerLine))
        {
            throw new TradeFileException(context.FileName, ImportMessage.Of("csv.empty"));
        }

        var separator = DetectSeparator(headerLine);
        var header = CsvHeader.Parse(headerLine, separator, context);
        if (header is null)
        {
            yield break;
        }

        var record = new CsvLine(separator);
        var rows = new CsvRowParser(header, context);
        while (lines.ReadLine() is { } line)
        {
            context.CellsRead++;
            if (Accept(record, line, lines.LineNumber, header, rows, context) is { } fact)
            {
                context.FactsEmitted++;
                yield return fact;
            }
        }
    }

    /// <summary>';' when the header has more semicolons than commas, else ','.</summary>
    private static char DetectSeparator(string headerLine) =>
        headerLine.AsSpan().Count(';') > headerLine.AsSpan().Count(',') ? ';' : ',';

    /// <summary>Skips blank lines, rejects a wrong field count or an oversized field, else parses; accounts every record it does not emit.</summary>
    private static RawFact? Accept(CsvLine record, string text, long line, CsvHeader header, CsvRowParser rows, ReadContext context)
    {
        if (string.IsNullOrWhiteSpace(text) && header.FieldCount > 1)
        {
            context.Skip("skip.emptyline");
            return null;
        }

        if (record.Split(text) is { } problem)
        {
            return Reject(context, context.At(line), problem);
        }

        if (record.FieldCount != header.FieldCount)
        {
            return Reject(context, context.At(line), ImportMessage.Of("csv.fieldcount", record.FieldCount, header.FieldCount));
        }

        for (var i = 0; i < record.FieldCount; i++)
        {
            if (record[i].Length > MaxFieldLength)
            {
                return Reject(context, context.At(line, header.NameAt(i)), ImportMessage.Of("csv.longfield", record[i].Length, MaxFieldLength));
            }
        }

        var fact = rows.Parse(record, line);
        if (fact is null)
        {
            context.Skip("skip.rowerrors");
        }

        return fact;
    }

    private static RawFact? Reject(ReadContext context, SourcePosition position, ImportMessage reason)
    {
        context.Error(position, null, reason);
        context.Skip("skip.rowerrors");
        return null;
    }
}
