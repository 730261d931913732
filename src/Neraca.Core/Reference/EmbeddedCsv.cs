using System.Reflection;
using Sylvan.Data.Csv;

namespace Neraca.Reference;

/// <summary>
/// Reads the reference CSVs embedded in Neraca.Core, so the product never needs the shared data folder at run time.
/// </summary>
internal static class EmbeddedCsv
{
    private const string Prefix = "Neraca.Reference.Data.";

    /// <summary>Maps every data row of <paramref name="fileName"/> (header row skipped) with <paramref name="map"/>.</summary>
    public static List<T> Read<T>(string fileName, Func<CsvDataReader, T> map)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded reference file {fileName} is missing from Neraca.Core.");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }

    /// <summary>The trimmed text of a named column; every code column is read as text so leading zeros survive.</summary>
    public static string Field(this CsvDataReader csv, string column) => csv.GetString(csv.GetOrdinal(column)).Trim();

    /// <summary>Empty cells become null (optional columns such as notes and end dates).</summary>
    public static string? OptionalField(this CsvDataReader csv, string column)
    {
        var value = csv.Field(column);
        return value.Length == 0 ? null : value;
    }
}
