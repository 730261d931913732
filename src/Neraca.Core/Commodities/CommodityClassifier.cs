using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Commodities;

/// <summary>
/// Classifies an HS code by sector, end use and degree of processing (docs/decisions/0009 and 0031). Codes of 6 or more
/// digits (8-digit codes through their 6-digit prefix) use the official concordances (HS6 → ISIC Rev.3, HS6 → BEC Rev.4):
/// the tables loaded with `reference load`, else the ones the product ships (<see cref="ShippedConcordance"/>). An HS2 or
/// HS4 code gets a class only where every HS6 code under it has the same one in the concordance, else <see cref="Category.Mixed"/>
/// ("needs 6-digit data"): an approximation, said in the label. HS6 codes the concordance leaves unclassified, and the
/// <see cref="BuiltIn"/> classifier without any concordance, use the built-in HS-chapter rules of decision 0009. Oil and
/// gas (headings 2709–2711) is always decided by heading.
/// </summary>
public sealed class CommodityClassifier
{
    /// <summary>The concordances loaded with `reference load`.</summary>
    public const string SourceLoaded = "concordance_loaded";

    /// <summary>The concordances shipped with the product (nothing loaded).</summary>
    public const string SourceShipped = "concordance_shipped";

    /// <summary>No concordance: the built-in chapter rules only.</summary>
    public const string SourceBuiltIn = "built_in_rules";

    /// <summary>BEC Rev.4 basic categories of primary goods; every other BEC category is processed.</summary>
    public static readonly IReadOnlySet<string> PrimaryBec = new HashSet<string>(StringComparer.Ordinal) { "111", "112", "21", "31" };

    private readonly Dictionary<string, string> sectors;
    private readonly Dictionary<string, string> endUses;
    private readonly Dictionary<string, string> becCodes;
    private readonly Lazy<Dictionary<string, string>> sectorByPrefix;
    private readonly Lazy<Dictionary<string, string>> endUseByPrefix;
    private readonly Lazy<Dictionary<string, string>> processingByPrefix;

    public CommodityClassifier(
        IReadOnlyDictionary<string, string>? sectorByHs6 = null, IReadOnlyDictionary<string, (string EndUse, string Bec)>? endUseByHs6 = null, string? source = null)
    {
        sectors = sectorByHs6?.ToDictionary(StringComparer.Ordinal) ?? [];
        endUses = endUseByHs6?.ToDictionary(kv => kv.Key, kv => kv.Value.EndUse, StringComparer.Ordinal) ?? [];
        becCodes = endUseByHs6?.ToDictionary(kv => kv.Key, kv => kv.Value.Bec, StringComparer.Ordinal) ?? [];
        Source = source ?? (sectors.Count > 0 || endUses.Count > 0 ? SourceLoaded : SourceBuiltIn);
        sectorByPrefix = new(() => Prefixes(sectors.Keys, SectorHs6));
        endUseByPrefix = new(() => Prefixes(endUses.Keys, EndUseHs6));
        processingByPrefix = new(() => Prefixes(endUses.Keys, ProcessingHs6));
    }

    /// <summary>Built-in rules only (no concordance): the hand-computed tests of decision 0009.</summary>
    public static CommodityClassifier BuiltIn { get; } = new();

    /// <summary>Where the classes come from: <see cref="SourceLoaded"/>, <see cref="SourceShipped"/> or <see cref="SourceBuiltIn"/>.</summary>
    public string Source { get; }

    public bool HasSectorConcordance => sectors.Count > 0;

    public bool HasEndUseConcordance => endUses.Count > 0;

    public string SectorSource => HasSectorConcordance ? "concordance HS6→ISIC Rev.3" + Origin : "built-in HS chapter rules (approximation)";

    public string EndUseSource => HasEndUseConcordance ? "concordance HS6→BEC Rev.4" + Origin : "built-in HS chapter rules (approximation)";

    private string Origin => Source == SourceShipped ? " (shipped with Neraca)" : " (loaded)";

    /// <summary>The classifier with the concordances loaded for <paramref name="edition"/>, else the shipped ones.</summary>
    public static async Task<CommodityClassifier> LoadAsync(NeracaDb db, short edition, CancellationToken ct)
    {
        var sectorRows = await db.HsSectors.AsNoTracking().Where(x => x.Edition == edition).Select(x => new { x.Hs6, x.Sector }).ToListAsync(ct);
        var endUseRows = await db.HsEndUses.AsNoTracking().Where(x => x.Edition == edition).Select(x => new { x.Hs6, x.EndUse, x.BecCodes }).ToListAsync(ct);
        if (sectorRows.Count == 0 && endUseRows.Count == 0)
        {
            return ShippedConcordance.Classifier;
        }

        return new CommodityClassifier(
            sectorRows.ToDictionary(x => x.Hs6, x => x.Sector, StringComparer.Ordinal),
            endUseRows.ToDictionary(x => x.Hs6, x => (x.EndUse, x.BecCodes), StringComparer.Ordinal));
    }

    public static bool IsOilGas(string hs) => hs.Length >= 4 && CommodityChapterRules.IsOilGasHeading(hs[..4]);

    /// <summary>True when the code is classified by a chapter or heading rule (fewer than 6 digits, or no concordance).</summary>
    public bool IsApproximation(string hs, bool sector) =>
        IsCode(hs) && (hs.Length < 6 || !(sector ? HasSectorConcordance : HasEndUseConcordance));

    /// <summary>The label of a classification over some codes: the source, and the chapter rule when any code needed it.</summary>
    public (string Text, bool Approximation) Describe(IEnumerable<string> codes, bool sector)
    {
        var approximation = codes.Any(c => IsApproximation(c, sector));
        var source = sector ? SectorSource : EndUseSource;
        return (approximation && (sector ? HasSectorConcordance : HasEndUseConcordance)
            ? source + "; codes under 6 digits by chapter/heading where the concordance gives one class, else mixed (approximation)"
            : source, approximation);
    }

    /// <summary>oil_gas, agriculture, manufacturing, mining_other, mixed / mixed_oil_gas (HS2/HS4 only), or unspecified (no HS code).</summary>
    public string Sector(string hs) =>
        !IsCode(hs) ? Category.Unspecified
        : IsOilGas(hs) ? Category.OilGas
        : hs.Length >= 6 || !HasSectorConcordance ? SectorHs6(hs)
        : ByPrefix(sectorByPrefix.Value, hs, SectorHs6);

    /// <summary>consumption, raw_auxiliary, capital, mixed (HS2/HS4 only), or unspecified (no HS code).</summary>
    public string EndUse(string hs) =>
        !IsCode(hs) ? Category.Unspecified
        : hs.Length >= 6 || !HasEndUseConcordance ? EndUseHs6(hs)
        : ByPrefix(endUseByPrefix.Value, hs, EndUseHs6);

    /// <summary>raw or processed (raw when every BEC code of the HS6 is primary), mixed (HS2/HS4 only), or unspecified.</summary>
    public string Processing(string hs) =>
        !IsCode(hs) ? Category.Unspecified
        : hs.Length >= 6 || !HasEndUseConcordance ? ProcessingHs6(hs)
        : ByPrefix(processingByPrefix.Value, hs, ProcessingHs6);

    private string SectorHs6(string hs)
    {
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

        return CommodityChapterRules.Sector(hs);
    }

    private string EndUseHs6(string hs)
    {
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

        return CommodityChapterRules.EndUse(hs);
    }

    private string ProcessingHs6(string hs)
    {
        if (hs.Length >= 6 && becCodes.TryGetValue(hs[..6], out var bec) && bec.Length > 0)
        {
            return bec.Split('|').All(PrimaryBec.Contains) ? Category.Raw : Category.Processed;
        }

        return CommodityChapterRules.Processing(hs);
    }

    /// <summary>An HS2/HS4 code's class from its prefix map; a prefix the concordance lacks keeps the chapter rule.</summary>
    private static string ByPrefix(Dictionary<string, string> byPrefix, string hs, Func<string, string> rule) =>
        byPrefix.TryGetValue(hs.Length >= 4 ? hs[..4] : hs[..2], out var c) ? c : rule(hs);

    /// <summary>Every HS2 and HS4 prefix of the concordance's HS6 codes → their one class, or mixed when they differ.</summary>
    private static Dictionary<string, string> Prefixes(IEnumerable<string> hs6Codes, Func<string, string> classify)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hs6 in hs6Codes)
        {
            var c = classify(hs6);
            foreach (var prefix in new[] { hs6[..2], hs6[..4] })
            {
                if (!map.TryGetValue(prefix, out var seen))
                {
                    map[prefix] = c;
                }
                else if (seen != c)
                {
                    // A chapter holding oil and gas and other goods is left out of non-oil and gas too.
                    map[prefix] = seen == Category.OilGas || c == Category.OilGas || seen == Category.MixedOilGas ? Category.MixedOilGas : Category.Mixed;
                }
            }
        }

        return map;
    }

    private static bool IsCode(string hs) => hs.Length >= 2 && hs.All(char.IsAsciiDigit);
}
