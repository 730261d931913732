namespace Neraca.Storage;

/// <summary>A node of the HS nomenclature (chapter, heading or subheading) of one edition, with its UN English name.</summary>
public sealed class HsNomenclature
{
    public string Code { get; set; } = "";
    public short Edition { get; set; }
    public byte Level { get; set; }
    public string? Parent { get; set; }
    public string? Section { get; set; }
    public string DescriptionEn { get; set; } = "";
}

/// <summary>The Indonesian (BTKI) name of an HS heading.</summary>
public sealed class HsHeadingName
{
    public string Hs4 { get; set; } = "";
    public short Edition { get; set; }
    public string DescriptionId { get; set; } = "";
    public string? DescriptionEn { get; set; }
}

/// <summary>A line of the Indonesian customs tariff book (BTKI): 4-, 6- or 8-digit code.</summary>
public sealed class BtkiLine
{
    public string Code { get; set; } = "";
    public short Edition { get; set; }
    public byte Digits { get; set; }
    public string Hs2 { get; set; } = "";
    public string DescriptionId { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string? ImportDutyMfn { get; set; }
    public string? ExportDuty { get; set; }
}

/// <summary>A loaded country: ISO codes, CLDR names in English and Indonesian, UN M49 region.</summary>
public sealed class CountryReference
{
    public string Iso2 { get; set; } = "";
    public string Iso3 { get; set; } = "";
    public string? Numeric { get; set; }
    public string NameEn { get; set; } = "";
    public string NameId { get; set; } = "";
    public string? Region { get; set; }
    public string? Subregion { get; set; }
}

/// <summary>A country's membership of a group (ASEAN, EU27, RCEP, G20), from a date.</summary>
public sealed class CountryGroupMember
{
    public string GroupCode { get; set; } = "";
    public string Iso2 { get; set; } = "";
    public string? GroupName { get; set; }
    public DateOnly? MemberSince { get; set; }
    public DateOnly? MemberUntil { get; set; }
}

/// <summary>HS6 → BEC Rev.4 end use (capital / intermediate / consumption / mixed / not_classified).</summary>
public sealed class HsEndUse
{
    public string Hs6 { get; set; } = "";
    public short Edition { get; set; }
    public string EndUse { get; set; } = "";
    public string BecCodes { get; set; } = "";
}

/// <summary>HS6 → ISIC Rev.3 class and the coarse sector (agriculture / mining / manufacturing / other / ...).</summary>
public sealed class HsSector
{
    public string Hs6 { get; set; } = "";
    public short Edition { get; set; }
    public string Sector { get; set; } = "";
    public string Isic { get; set; } = "";
}

/// <summary>
/// World exports of one HS code (2, 4 or 6 digits) in a year, or the world total of all products (<see cref="Total"/>):
/// the reference of RCA against the world (docs/decisions/0012). Exact, in thousandths of a US$ like trade facts.
/// </summary>
public sealed class WorldExport
{
    public const string Total = "TOTAL";

    public short Year { get; set; }
    public string Hs { get; set; } = "";
    public long ValueMilli { get; set; }
}

/// <summary>One load of a reference table: the version history. The latest row per table is the current version.</summary>
public sealed class ReferenceLoad
{
    public int Id { get; set; }
    public string Table { get; set; } = "";
    public string File { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public int Rows { get; set; }
    public DateTime LoadedAtUtc { get; set; }
    public string LoadedBy { get; set; } = "";
}
