namespace Neraca.Imports.Csv;

/// <summary>The columns the flat CSV format knows. Order is irrelevant; the header names them.</summary>
internal enum CsvColumn
{
    Period,
    Flow,
    Province,
    HsCode,
    Country,
    Port,
    ValueUsd,
    ValueMusd,
    NetWeightKg,
}

/// <summary>
/// Accepted header names, English first, then Indonesian. Names are compared case-insensitively after trimming,
/// with spaces and hyphens read as underscores ("Kode HS" = "kode_hs").
/// </summary>
internal static class CsvColumnNames
{
    public static readonly IReadOnlyList<(string Name, CsvColumn Column)> Aliases =
    [
        ("period", CsvColumn.Period), ("periode", CsvColumn.Period),
        ("flow", CsvColumn.Flow), ("arus", CsvColumn.Flow), ("aliran", CsvColumn.Flow),
        ("province", CsvColumn.Province), ("province_code", CsvColumn.Province), ("provinsi", CsvColumn.Province), ("kode_provinsi", CsvColumn.Province),
        ("hs_code", CsvColumn.HsCode), ("hs", CsvColumn.HsCode), ("kode_hs", CsvColumn.HsCode),
        ("country", CsvColumn.Country), ("negara", CsvColumn.Country),
        ("port", CsvColumn.Port), ("pelabuhan", CsvColumn.Port),
        ("value_usd", CsvColumn.ValueUsd), ("nilai_usd", CsvColumn.ValueUsd),
        // Million US$, as BPS press releases print totals; multiplied by 1,000,000 exactly.
        ("value_musd", CsvColumn.ValueMusd), ("nilai_juta_usd", CsvColumn.ValueMusd),
        ("netweight_kg", CsvColumn.NetWeightKg), ("net_weight_kg", CsvColumn.NetWeightKg), ("berat_kg", CsvColumn.NetWeightKg), ("berat_bersih_kg", CsvColumn.NetWeightKg),
    ];

    public static bool TryFind(string headerName, out CsvColumn column)
    {
        var normalized = headerName.Trim().Replace(' ', '_').Replace('-', '_');
        foreach (var (name, known) in Aliases)
        {
            if (string.Equals(name, normalized, StringComparison.OrdinalIgnoreCase))
            {
                column = known;
                return true;
            }
        }

        column = default;
        return false;
    }

    public static string Known => string.Join(", ", Aliases.Select(a => a.Name));
}
