using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

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
    };

    public static (string Id, string En) Label(string key) => Labels.GetValueOrDefault(key, (key, key));
}

/// <summary>
/// Classifies an HS code by sector, end use and degree of processing: from the loaded concordances (HS6 → ISIC,
/// HS6 → BEC) when they cover the code, else by the built-in HS-chapter rules of
/// docs/decisions/0009-sector-end-use-rules.md. Oil and gas (headings 2709–2711) is always decided by heading.
/// </summary>
public sealed class CommodityClassifier
{
    /// <summary>BEC Rev.4 basic categories of primary goods; every other BEC category is processed.</summary>
    public static readonly IReadOnlySet<string> PrimaryBec = new HashSet<string>(StringComparer.Ordinal) { "111", "112", "21", "31" };

    private static readonly HashSet<string> OilGasHeadings = new(StringComparer.Ordinal) { "2709", "2710", "2711" };
    private static readonly HashSet<string> AgricultureChapters = new(StringComparer.Ordinal) { "01", "03", "06", "07", "08", "09", "10", "12", "13", "14" };
    private static readonly HashSet<string> MiningOtherChapters = new(StringComparer.Ordinal) { "25", "26", "27", "97", "98", "99" };
    private static readonly HashSet<string> CapitalChapters = new(StringComparer.Ordinal) { "84", "85", "86", "88", "89" };
    private static readonly HashSet<string> CapitalHeadings = new(StringComparer.Ordinal) { "8701", "8702", "8704", "8705", "8709", "8716" };
    private static readonly HashSet<string> ConsumptionChapters = new(StringComparer.Ordinal)
    {
        "02", "04", "16", "19", "20", "21", "22", "24", "30", "33", "42", "61", "62", "63", "64", "65", "66", "67", "91", "94", "95", "96",
    };

    private static readonly HashSet<string> ConsumptionHeadings = new(StringComparer.Ordinal) { "8703", "8711", "8712" };
    private static readonly HashSet<string> RawChapters = new(StringComparer.Ordinal) { "01", "03", "05", "06", "07", "08", "09", "10", "12", "13", "14", "25", "26" };
    private static readonly HashSet<string> RawHeadings = new(StringComparer.Ordinal) { "2701", "2709", "2711", "4001", "4401", "4403", "5001", "5101", "5201", "5301" };
    private static readonly HashSet<string> ProcessedSubheadings = new(StringComparer.Ordinal) { "090121", "090122", "090190" };

    private readonly Dictionary<string, string> sectors;
    private readonly Dictionary<string, string> endUses;
    private readonly Dictionary<string, string> becCodes;

    public CommodityClassifier(IReadOnlyDictionary<string, string>? sectorByHs6 = null, IReadOnlyDictionary<string, (string EndUse, string Bec)>? endUseByHs6 = null)
    {
        sectors = sectorByHs6?.ToDictionary(StringComparer.Ordinal) ?? [];
        endUses = endUseByHs6?.ToDictionary(kv => kv.Key, kv => kv.Value.EndUse, StringComparer.Ordinal) ?? [];
        becCodes = endUseByHs6?.ToDictionary(kv => kv.Key, kv => kv.Value.Bec, StringComparer.Ordinal) ?? [];
    }

    /// <summary>Built-in rules only: a new installation before any load.</summary>
    public static CommodityClassifier BuiltIn { get; } = new();

    public bool HasSectorConcordance => sectors.Count > 0;

    public bool HasEndUseConcordance => endUses.Count > 0;

    /// <summary>"concordance" when the loaded tables are used, else "built-in rules".</summary>
    public string SectorSource => HasSectorConcordance ? "concordance HS→ISIC Rev.3" : "built-in HS chapter rules";

    public string EndUseSource => HasEndUseConcordance ? "concordance HS→BEC Rev.4" : "built-in HS chapter rules";

    /// <summary>The classifier with the concordances loaded for <paramref name="edition"/> (built-in rules when none are).</summary>
    public static async Task<CommodityClassifier> LoadAsync(NeracaDb db, short edition, CancellationToken ct)
    {
        var sectorRows = await db.HsSectors.AsNoTracking().Where(x => x.Edition == edition).Select(x => new { x.Hs6, x.Sector }).ToListAsync(ct);
        var endUseRows = await db.HsEndUses.AsNoTracking().Where(x => x.Edition == edition).Select(x => new { x.Hs6, x.EndUse, x.BecCodes }).ToListAsync(ct);
        return new CommodityClassifier(
            sectorRows.ToDictionary(x => x.Hs6, x => x.Sector, StringComparer.Ordinal),
            endUseRows.ToDictionary(x => x.Hs6, x => (x.EndUse, x.BecCodes), StringComparer.Ordinal));
    }

    public static bool IsOilGas(string hs) => hs.Length >= 4 && OilGasHeadings.Contains(hs[..4]);

    /// <summary>oil_gas, agriculture, manufacturing, mining_other, or unspecified (no HS code).</summary>
    public string Sector(string hs)
    {
        if (!IsCode(hs))
        {
            return Category.Unspecified;
        }

        if (IsOilGas(hs))
        {
            return Category.OilGas;
        }

        if (hs.Length >= 6 && sectors.TryGetValue(hs[..6], out var sector) && sector != "unmatched")
        {
            return sector switch
            {
                "agriculture" => Category.Agriculture,
                "manufacturing" => Category.Manufacturing,
                _ => Category.MiningOther,
            };
        }

        var chapter = hs[..2];
        return AgricultureChapters.Contains(chapter) ? Category.Agriculture
            : MiningOtherChapters.Contains(chapter) ? Category.MiningOther
            : Category.Manufacturing;
    }

    /// <summary>consumption, raw_auxiliary, capital, or unspecified (no HS code).</summary>
    public string EndUse(string hs)
    {
        if (!IsCode(hs))
        {
            return Category.Unspecified;
        }

        if (hs.Length >= 6 && endUses.TryGetValue(hs[..6], out var endUse))
        {
            switch (endUse)
            {
                case "capital":
                    return Category.Capital;
                case "consumption":
                    return Category.Consumption;
                case "intermediate":
                    return Category.RawAuxiliary;
            }
        }

        var heading = hs.Length >= 4 ? hs[..4] : "";
        var chapter = hs[..2];
        if (CapitalHeadings.Contains(heading) || CapitalChapters.Contains(chapter))
        {
            return Category.Capital;
        }

        return ConsumptionHeadings.Contains(heading) || ConsumptionChapters.Contains(chapter) ? Category.Consumption : Category.RawAuxiliary;
    }

    /// <summary>raw or processed (unspecified without an HS code): raw when every BEC code of the HS6 is primary.</summary>
    public string Processing(string hs)
    {
        if (!IsCode(hs))
        {
            return Category.Unspecified;
        }

        if (hs.Length >= 6 && becCodes.TryGetValue(hs[..6], out var bec) && bec.Length > 0)
        {
            return bec.Split('|').All(PrimaryBec.Contains) ? Category.Raw : Category.Processed;
        }

        if (hs.Length >= 6 && ProcessedSubheadings.Contains(hs[..6]))
        {
            return Category.Processed;
        }

        return (hs.Length >= 4 && RawHeadings.Contains(hs[..4])) || RawChapters.Contains(hs[..2]) ? Category.Raw : Category.Processed;
    }

    private static bool IsCode(string hs) => hs.Length >= 2 && hs.All(char.IsAsciiDigit);
}
