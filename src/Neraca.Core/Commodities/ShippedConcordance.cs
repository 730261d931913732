using Neraca.Demo;
using Sylvan.Data.Csv;

namespace Neraca.Commodities;

/// <summary>
/// The official concordances the product ships (src/Neraca.Core/Demo/Data, SOURCES.md there): HS 2022 → BEC Rev.4 end use
/// (UNSD) and HS 2022 → ISIC Rev.3 sector (WITS). Used when no concordance was loaded with `reference load`, so 6-digit
/// data are never classified by the chapter rules while the official tables are at hand (decision 0031). Read once.
/// </summary>
public static class ShippedConcordance
{
    private static readonly Lazy<CommodityClassifier> Loaded = new(Load);

    public static CommodityClassifier Classifier => Loaded.Value;

    private static CommodityClassifier Load()
    {
        var endUses = Read("hs2022_end_use.csv", r => (r.GetString(r.GetOrdinal("hs2022")), (r.GetString(r.GetOrdinal("end_use")), r.GetString(r.GetOrdinal("bec4_codes")))));
        var sectors = Read("hs2022_isic3.csv", r => (r.GetString(r.GetOrdinal("hs2022")), r.GetString(r.GetOrdinal("sector"))));
        return new CommodityClassifier(
            sectors.ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal),
            endUses.ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal),
            CommodityClassifier.SourceShipped);
    }

    private static List<T> Read<T>(string file, Func<CsvDataReader, T> row)
    {
        using var text = new StreamReader(new MemoryStream(DemoReference.Read(file)));
        using var csv = CsvDataReader.Create(text);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(row(csv));
        }

        return rows;
    }
}
