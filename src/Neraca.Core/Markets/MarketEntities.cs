namespace Neraca.Markets;

/// <summary>
/// A market's imports of one product (HS4 or HS6) in a year, from the world reference data (BACI): the demand part of
/// the market score (docs/decisions/0023). <see cref="Complete"/> is false when the source lists only the largest
/// importers or flows (top-6 importers, top-200 flows), so a market absent from it is "not listed", never zero.
/// </summary>
public sealed class WorldImport
{
    public short Year { get; set; }
    public string Hs { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the importing market.</summary>
    public string Importer { get; set; } = "";
    public long ValueMilli { get; set; }
    public bool Complete { get; set; }

    /// <summary>Which file shape it came from: baci_top_importers, baci_top_flows or baci_full.</summary>
    public string Source { get; set; } = "";
}

/// <summary>A trade agreement Indonesia has with a partner, in force from a date (and until one, when it ended).</summary>
public sealed class TradeAgreement
{
    public string Code { get; set; } = "";
    public string Partner { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";
    public DateOnly InForceFrom { get; set; }
    public DateOnly? InForceUntil { get; set; }

    public bool InForceOn(DateOnly date) => InForceFrom <= date && (InForceUntil is null || date <= InForceUntil);
}

/// <summary>
/// A typical requirement of a market for products under an HS prefix (the editable rules table). Market is an ISO
/// alpha-2 code, a country group code (EU, ASEAN: membership on the date) or "*" for every market; an empty HS prefix
/// means every product. <see cref="Certification"/> names the registry certification that meets it, when one does.
/// </summary>
public sealed class MarketRequirement
{
    public string Market { get; set; } = "";
    public string HsPrefix { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Certification { get; set; }
    public string LabelEn { get; set; } = "";
    public string LabelId { get; set; } = "";
}
