namespace Neraca.Reports;

/// <summary>
/// One stored version of a monthly report of a province (docs/decisions/0024). A report is rebuilt when the batches
/// it reads change (a BPS revision imported with --replace); the earlier version is kept. The built report is stored
/// in both languages as UTF-8 JSON bytes (the audit trail records their size, not a second copy).
/// </summary>
public sealed class ReportVersion
{
    public int Id { get; set; }
    public short ProvinceCode { get; set; }
    public short Year { get; set; }
    public byte Month { get; set; }

    /// <summary>1, 2, ... per province and month.</summary>
    public int Version { get; set; }

    /// <summary>The active batch ids the report was built from, ascending, comma-separated ("1,4").</summary>
    public string BatchIds { get; set; } = "";

    /// <summary>"import" (written when an import completed the month) or "manual".</summary>
    public string Trigger { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public byte[] JsonId { get; set; } = [];
    public byte[] JsonEn { get; set; } = [];
}
