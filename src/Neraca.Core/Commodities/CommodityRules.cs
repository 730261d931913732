namespace Neraca.Commodities;

/// <summary>Category keys (stable, used in JSON, CSV and the API) with their Indonesian and English labels.</summary>
public static class Category
{
    public const string OilGas = "oil_gas";
    public const string NonOilGas = "non_oil_gas";
    public const string Agriculture = "agriculture";
    public const string Manufacturing = "manufacturing";
    public const string MiningOther = "mining_other";
    public const string Consumption = "consumption";
    public const string RawAuxiliary = "raw_auxiliary";
    public const string Capital = "capital";
    public const string Raw = "raw";
    public const string Processed = "processed";
    public const string Unspecified = "unspecified";

    /// <summary>An HS2/HS4 code whose HS6 codes fall in more than one class of the concordance (decision 0031).</summary>
    public const string Mixed = "mixed";

    /// <summary>A sector "mixed" that may hold oil and gas (chapter 27 reported as a chapter): outside non-oil and gas too.</summary>
    public const string MixedOilGas = "mixed_oil_gas";

    private static readonly Dictionary<string, (string Id, string En)> Labels = new(StringComparer.Ordinal)
    {
        [OilGas] = ("Migas", "Oil and gas"),
        [NonOilGas] = ("Nonmigas", "Non-oil and gas"),
        [Agriculture] = ("Pertanian", "Agriculture"),
        [Manufacturing] = ("Industri pengolahan", "Manufacturing"),
        [MiningOther] = ("Pertambangan dan lainnya", "Mining and other"),
        [Consumption] = ("Barang konsumsi", "Consumption goods"),
        [RawAuxiliary] = ("Bahan baku/penolong", "Raw and auxiliary materials"),
        [Capital] = ("Barang modal", "Capital goods"),
        [Raw] = ("Bahan mentah", "Raw"),
        [Processed] = ("Olahan", "Processed"),
        [Unspecified] = ("Tidak dirinci", "Unspecified"),
        [Mixed] = ("Campuran — perlu data 6 digit", "Mixed — needs 6-digit data"),
        [MixedOilGas] = ("Migas dan lainnya bercampur — perlu data 6 digit", "Oil and gas mixed with other goods — needs 6-digit data"),
    };

    public static (string Id, string En) Label(string key) => Labels.GetValueOrDefault(key, (key, key));
}
