using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>
/// A deliberately different, minimal reading of a BPS pivot for cross-checking the reader: a regex over the
/// raw sheet XML (numeric cells only), summing each data row's cells left of its last (Totals) cell.
/// </summary>
internal static partial class IndependentSheetScan
{
    public sealed record RowSums(int Row, decimal CellSum, int CellCount, decimal Total);

    public static List<RowSums> DataRows(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd();
        var totalsColumn = TotalsHeader().Match(xml).Groups["col"].Value;
        var result = new List<RowSums>();
        foreach (Match row in RowElement().Matches(xml))
        {
            var number = int.Parse(row.Groups["r"].Value, CultureInfo.InvariantCulture);
            if (number < 6 || row.Value.Contains(">Totals<", StringComparison.Ordinal))
            {
                continue;
            }

            decimal sum = 0, total = 0;
            var count = 0;
            foreach (Match cell in NumericCell().Matches(row.Value))
            {
                var value = decimal.Parse(cell.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                var col = cell.Groups["col"].Value;
                if (col == totalsColumn)
                {
                    total = value;
                }
                else if (col is not ("A" or "B" or "C"))
                {
                    sum += value;
                    count++;
                }
            }

            result.Add(new RowSums(number, sum, count, total));
        }

        return result;
    }

    [GeneratedRegex("<c r=\"(?<col>[A-Z]+)2\" t=\"str\"><v>Totals</v>")]
    private static partial Regex TotalsHeader();

    [GeneratedRegex("<row r=\"(?<r>\\d+)\"[^>]*>.*?</row>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex("<c r=\"(?<col>[A-Z]+)\\d+\"(?: s=\"\\d+\")?><v>(?<v>[^<]+)</v></c>")]
    private static partial Regex NumericCell();
}
