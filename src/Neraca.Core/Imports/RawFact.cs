using System.Globalization;
using System.Text.Json.Serialization;
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
    /// <summary>"file, sheet 'S', row 5, column B" in the reader's language.</summary>
    public string In(CultureInfo culture)
    {
        var parts = new List<string> { File };
        if (Sheet is not null)
        {
            parts.Add(ImportMessages.Format("at.sheet", [Sheet], culture));
        }

        if (Row is not null)
        {
            parts.Add(ImportMessages.Format("at.row", [Row.Value.ToString(CultureInfo.InvariantCulture)], culture));
        }

        if (Column is not null)
        {
            parts.Add(ImportMessages.Format("at.column", [Column], culture));
        }

        return string.Join(", ", parts);
    }

    public override string ToString() => In(ImportMessages.English);
}

/// <summary>A problem found in a file: where, the offending value, and why (a code and its arguments, <see cref="ImportMessages"/>).</summary>
public sealed record ImportIssue(SourcePosition Position, string? Value, [property: JsonIgnore] ImportMessage Reason)
{
    /// <summary>The language of <see cref="Text"/> in JSON (the API and `--json` set the reader's).</summary>
    [JsonIgnore]
    public CultureInfo Culture { get; init; } = ImportMessages.English;

    public string Code => Reason.Code;

    public IReadOnlyList<string> Args => Reason.Args;

    public string Text => In(Culture);

    /// <summary>"where: why (value 'v')" in the reader's language.</summary>
    public string In(CultureInfo culture)
    {
        var line = Position.In(culture) + ": " + Reason.In(culture);
        return Value is null ? line : line + " " + ImportMessages.Format("at.value", [Value], culture);
    }

    public override string ToString() => In(ImportMessages.English);
}

/// <summary>One comparison of summed cells against a total the file states itself.</summary>
public sealed record ReconciliationCheck(string Kind, string Label, decimal Stated, decimal Summed, decimal Tolerance)
{
    public decimal Difference => Summed - Stated;

    public bool Ok => Math.Abs(Difference) <= Tolerance;
}
