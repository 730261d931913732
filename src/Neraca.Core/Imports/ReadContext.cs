using Neraca.Common;

namespace Neraca.Imports;

/// <summary>
/// What a reader reports besides facts: errors (the file is rejected), warnings, every cell/row it read
/// that did not become a fact (with the reason), reconciliation against the file's own totals, and labels met.
/// </summary>
public sealed class ReadContext(string fileName)
{
    /// <summary>Stored errors are capped so a broken 10M-row file cannot exhaust memory; the count keeps going.</summary>
    public const int MaxStoredIssues = 200;

    public string FileName { get; } = fileName;

    /// <summary>Flow for the whole file when the user states it (--flow); readers use it when the file has none.</summary>
    public Flow? FlowOverride { get; init; }

    public List<ImportIssue> Errors { get; } = [];
    public long ErrorCount { get; private set; }
    public List<ImportIssue> Warnings { get; } = [];

    /// <summary>Cells (XLSX) or rows/records (CSV, JSON) read, whatever became of them.</summary>
    public long CellsRead { get; set; }

    /// <summary>Cells/rows read that are not facts, counted per reason code ("skip.empty", "skip.rowtotal", ...: <see cref="ImportMessages"/>).</summary>
    public Dictionary<string, long> Skipped { get; } = new(StringComparer.Ordinal);

    public List<ReconciliationCheck> Reconciliation { get; } = [];

    /// <summary>HS descriptions met in the file: (code, language) → text.</summary>
    public Dictionary<(string Code, string Language), string> HsLabels { get; } = [];

    /// <summary>Facts emitted by the reader; the importer checks readers keep read = facts + skipped.</summary>
    public long FactsEmitted { get; set; }

    public void Error(SourcePosition position, string? value, ImportMessage reason)
    {
        ErrorCount++;
        if (Errors.Count < MaxStoredIssues)
        {
            Errors.Add(new ImportIssue(position, value, reason));
        }
    }

    public void Warning(SourcePosition position, string? value, ImportMessage reason)
    {
        if (Warnings.Count < MaxStoredIssues)
        {
            Warnings.Add(new ImportIssue(position, value, reason));
        }
    }

    public void Skip(string reason, long count = 1)
    {
        Skipped[reason] = Skipped.TryGetValue(reason, out var n) ? n + count : count;
    }

    public long SkippedTotal => Skipped.Values.Sum();

    public SourcePosition At(long? row = null, string? column = null, string? sheet = null) => new(FileName, sheet, row, column);
}
