using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Neraca.Tests.Reference;

/// <summary>
/// Reads partner-country and port names straight from the real BPS sample files in shared/data/bps, so the tests
/// fail when a sample holds a name the embedded reference data does not cover.
/// </summary>
internal static partial class SampleFiles
{
    /// <summary>Header labels in column C (rows 2/3) and the last column's "Totals"; they are not names.</summary>
    private static readonly HashSet<string> HeaderLabels = new(StringComparer.Ordinal) { "Negara", "Pelabuhan", "Totals" };

    public static string DataDir { get; } = FindDataDir();

    public static IReadOnlyList<string> XlsxFiles =>
        Directory.GetFiles(Path.Combine(DataDir, "bps"), "exim_*.xlsx").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> JsonFiles =>
        Directory.GetFiles(Path.Combine(DataDir, "bps", "webapi"), "trade_exp_*.json").Order(StringComparer.Ordinal).ToList();

    public static SortedSet<string> CountryNames() => Collect(row: 2, jsonField: "ctr");

    public static SortedSet<string> PortNames() => Collect(row: 3, jsonField: "pod");

    private static SortedSet<string> Collect(int row, string jsonField)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in XlsxFiles)
        {
            names.UnionWith(XlsxRow(file, row));
        }

        foreach (var file in JsonFiles)
        {
            names.UnionWith(JsonField(file, jsonField));
        }

        names.ExceptWith(HeaderLabels);
        return names;
    }

    private static IEnumerable<string> XlsxRow(string file, int row)
    {
        using var zip = ZipFile.OpenRead(file);
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var sheet = XDocument.Load(stream);
        XNamespace ns = sheet.Root!.Name.Namespace;
        var cellRef = new Regex($"^[A-Z]+{row}$");
        return sheet.Descendants(ns + "c")
            .Where(c => cellRef.IsMatch((string?)c.Attribute("r") ?? ""))
            .Select(c => c.Value.Trim())
            .Where(v => v.Length > 0)
            .ToList();
    }

    private static IEnumerable<string> JsonField(string file, string field)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        return doc.RootElement.GetProperty("body").GetProperty("data").EnumerateArray()
            .Select(r => r.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "")
            .Where(v => v.Length > 0)
            .ToList();
    }

    private static string FindDataDir() => Infrastructure.RepoPaths.SharedData;
}
