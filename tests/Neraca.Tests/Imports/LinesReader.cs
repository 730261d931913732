using System.Globalization;
using Neraca.Common;
using Neraca.Imports;

namespace Neraca.Tests.Imports;

/// <summary>A minimal reader for pipeline tests: "flow year month hs country port value" per line; "ERR" lines report an error.</summary>
internal sealed class LinesReader : ITradeReader
{
    public string Format => "test-lines";

    public IEnumerable<RawFact> Read(Stream stream, ReadContext context)
    {
        using var text = new StreamReader(stream, leaveOpen: true);
        var row = 0;
        while (text.ReadLine() is { } line)
        {
            row++;
            context.CellsRead++;
            var f = line.Split('|');
            if (f[0] == "ERR")
            {
                context.Error(context.At(row, "A"), line, ImportMessage.Of("test.error"));
                context.Skip("error");
                continue;
            }

            context.FactsEmitted++;
            yield return new RawFact(
                f[0] == "X" ? Flow.Export : Flow.Import,
                short.Parse(f[1], CultureInfo.InvariantCulture),
                byte.Parse(f[2], CultureInfo.InvariantCulture),
                f[3].Length == 0 && f[4].Length == 0 ? Basis.PublishedTotal : Basis.Detail,
                f[3], f[4], f[5],
                f.Length > 7 && f[7].Length > 0 ? short.Parse(f[7], CultureInfo.InvariantCulture) : null,
                decimal.Parse(f[6], CultureInfo.InvariantCulture),
                null,
                row,
                0);
        }
    }
}
