using Neraca.Common;

namespace Neraca.Storage;

/// <summary>BPS province (2-digit code). 0 = Indonesia as a whole (national published totals), 99 = unspecified.</summary>
public sealed class Province
{
    public const short Indonesia = 0;
    public const short Unspecified = 99;

    public short Code { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>An HS code as reported (2 to 10 digits). The empty code is the explicit "unspecified" member.</summary>
public sealed class HsCode
{
    public const string UnspecifiedCode = "";

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Hs2 { get; set; } = "";
    public byte Digits { get; set; }
}

/// <summary>An HS description met in a file or loaded from the nomenclature, per language ("id", "en").</summary>
public sealed class HsLabel
{
    public string Code { get; set; } = "";
    public string Language { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>Partner country. Iso2 is null for a name no alias matched: kept verbatim, listed as unknown.</summary>
public sealed class Country
{
    public const string UnspecifiedName = "";

    public int Id { get; set; }
    public string? Iso2 { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>Indonesian port of loading/unloading as BPS names it. The empty name is "unspecified".</summary>
public sealed class Port
{
    public const string UnspecifiedName = "";

    public int Id { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>Editable port→province assignment, valid from a date (a port can be re-assigned).</summary>
public sealed class PortProvince
{
    public int Id { get; set; }
    public string PortName { get; set; } = "";
    public short ProvinceCode { get; set; }
    public DateOnly ValidFrom { get; set; }
    public string? Note { get; set; }
}

public enum BatchStatus : byte
{
    Active = 1,
    Superseded = 2,
}

/// <summary>One imported file. Same bytes (SHA-256) cannot be imported twice.</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Format { get; set; } = "";
    public BatchStatus Status { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public string ImportedBy { get; set; } = "";
    public long FactCount { get; set; }
    public long ValueMilli { get; set; }
    public string SummaryJson { get; set; } = "{}";

    /// <summary>
    /// Its monthly reports are still to be written (docs/decisions/0024): set by the import, cleared once
    /// <see cref="Reports.ReportStore.WriteOwedAsync"/> wrote them. Kept in the batch row so a report survives a
    /// server that was down or a failure: it is written on the next try, never lost.
    /// </summary>
    public bool ReportsOwed { get; set; }
}

/// <summary>
/// One slice a batch covers: flow × period × basis × province × HS chapter. Coverage ("no data" vs zero)
/// and revisions both come from here: exactly one active scope row per key, enforced by a unique index.
/// Month 0 means an annual figure; annual and monthly rows are different granularities, never summed together.
/// </summary>
public sealed class BatchScope
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public Flow Flow { get; set; }
    public short Year { get; set; }
    public byte Month { get; set; }
    public Basis Basis { get; set; }
    public short ProvinceCode { get; set; }
    public string Hs2 { get; set; } = "";
    public bool IsActive { get; set; }
    public int? SupersededByBatchId { get; set; }
    public long FactCount { get; set; }
    public long ValueMilli { get; set; }
    public long? NetWeightGrams { get; set; }
}

/// <summary>
/// The active scopes of one flow × period × basis × province added up: what the balance and the coverage checks read,
/// so a dashboard request never sums per-chapter scope rows. Maintained by the importer inside the import transaction
/// for the periods a batch touches (recomputed from the scopes still active after a revision supersedes some).
/// </summary>
public sealed class MonthTotal
{
    public Flow Flow { get; set; }
    public short Year { get; set; }
    public byte Month { get; set; }
    public Basis Basis { get; set; }
    public short ProvinceCode { get; set; }
    public long ValueMilli { get; set; }
    public int ScopeCount { get; set; }
    public long FactCount { get; set; }

    /// <summary>The HS chapters of the active scopes, sorted (ordinal) and comma-separated; "" is the unspecified chapter.</summary>
    public string Hs2Covered { get; set; } = "";
}

/// <summary>
/// A flow × month (0 = annual) loaded from a national file: one batch with active detail for several provinces. A
/// province without facts there traded nothing in the listed HS chapters. Maintained by the importer.
/// </summary>
public sealed class NationalDetail
{
    public Flow Flow { get; set; }
    public short Year { get; set; }
    public byte Month { get; set; }

    /// <summary>The HS chapters the national detail holds, sorted (ordinal) and comma-separated; "" is the unspecified chapter.</summary>
    public string Hs2Covered { get; set; } = "";
}

/// <summary>A trade fact. Narrow on purpose: flow, period, province and basis live in its scope.</summary>
public sealed class TradeFact
{
    public long Id { get; set; }
    public int ScopeId { get; set; }
    public int HsCodeId { get; set; }
    public int CountryId { get; set; }
    public int PortId { get; set; }
    public long ValueMilli { get; set; }
    public long? NetWeightGrams { get; set; }
}

/// <summary>Per-scope partner totals, written in the import transaction so dashboards never scan facts.</summary>
public sealed class ScopeCountryTotal
{
    public int ScopeId { get; set; }
    public int CountryId { get; set; }
    public long ValueMilli { get; set; }
}

/// <summary>
/// Active detail per flow × month × province × partner country (month 0 = annual detail): what partner rankings read,
/// so a ranking reads one row per partner instead of joining every scope's partner totals. Kept by MemberTotalRefresh.
/// </summary>
public sealed class MonthCountryTotal
{
    public Flow Flow { get; set; }
    public short Year { get; set; }
    public byte Month { get; set; }
    public short ProvinceCode { get; set; }
    public int CountryId { get; set; }
    public long ValueMilli { get; set; }
}

/// <summary>Per-scope port totals, written in the import transaction.</summary>
public sealed class ScopePortTotal
{
    public int ScopeId { get; set; }
    public int PortId { get; set; }
    public long ValueMilli { get; set; }
}

/// <summary>Append-only record of who did what. The application never updates or deletes these rows.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Entity { get; set; } = "";
    public string? EntityId { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}
