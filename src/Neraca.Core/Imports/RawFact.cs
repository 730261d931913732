using Neraca.Common;

namespace Neraca.Imports;

/// <summary>
/// One value as a reader found it, before dimension lookup. Strings are as in the file (trimmed);
/// an empty string means the source does not give that dimension ("unspecified").
/// Row and Column locate the value in the source (1-based; Column 0 when the format has no columns).
/// </summary>
public readonly record struct RawFact(
    Flow Flow,
    short Year,
    byte Month,
    Basis Basis,
    string HsCode,
    string Country,
    string Port,
    short? ProvinceCode,
    decimal ValueUsd,
    decimal? NetWeightKg,
    int Row,
    int Column);

/// <summary>Where a problem is: file, sheet (XLSX), row and column as the user sees them.</summary>
public sealed record SourcePosition(string File, string? Sheet = null, long? Row = null, string? Column = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null)
        {
            parts.Add($"sheet '{Sheet}'");
        }

        if (Row is not null)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row {Row}"));
        }

        if (Column is not null)
        {
            parts.Add($"column {Column}");
        }

        return string.Join(", ", parts);
    }
}

/// <summary>A problem found in a file: where, the offending value, and why.</summary>
public sealed record ImportIssue(SourcePosition Position, string? Value, string Reason)
{
    public override string ToString() => Value is null ? $"{Position}: {Reason}" : $"{Position}: {Reason} (value '{Value}')";
}

/// <summary>One comparison of summed cells against a total the file states itself.</summary>
public sealed record ReconciliationCheck(string Kind, string Label, decimal Stated, decimal Summed, decimal Tolerance)
{
    public decimal Difference => Summed - Stated;

    public bool Ok => Math.Abs(Difference) <= Tolerance;
}
