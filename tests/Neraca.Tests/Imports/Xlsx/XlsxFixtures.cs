using System.Text;
using static Neraca.Tests.Imports.Xlsx.XlsxFixtureWriter;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>
/// The committed fixtures under Fixtures/xlsx, each built from <see cref="XlsxFixtureWriter"/>. Regenerate with
/// NERACA_REGENERATE_FIXTURES=1 dotnet test --filter XlsxFixtureGeneratorTests (writes into the source tree).
/// </summary>
internal static class XlsxFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "xlsx");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static IReadOnlyDictionary<string, Func<byte[]>> All { get; } = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal)
    {
        ["valid_small.xlsx"] = () => Workbook(SmallPivot()),
        ["valid_shared_strings.xlsx"] = () => Workbook(SmallPivot(), sharedStrings: true),
        ["truncated.xlsx"] = () => Workbook(SmallPivot())[..600],
        ["empty.xlsx"] = () => [],
        ["zip_bomb_ratio.xlsx"] = ZipBombByRatio,
        ["zip_bomb_lying_size.xlsx"] = ZipBombLyingSize,
        ["zip_declared_huge.xlsx"] = ZipDeclaredHuge,
        ["text_value.xlsx"] = () => Workbook(SmallPivot(e6: "n/a")),
        ["negative_value.xlsx"] = () => Workbook(SmallPivot(d7: "-5")),
        ["month_13.xlsx"] = () => Workbook(SmallPivot(month3: "[13] Bulan Ketiga Belas")),
        ["duplicate_key.xlsx"] = () => Workbook(SmallPivot(month3: "[01] Januari", port3: "PANJANG")),
        ["no_flow.xlsx"] = () => Workbook(SmallPivot(title: "HS 2 Digit Tahun 2025")),
    };

    public static List<(string Ref, string Value)> Replace(List<(string Ref, string Value)> cells, string reference, string value)
    {
        var index = cells.FindIndex(c => c.Ref == reference);
        if (index < 0)
        {
            cells.Add((reference, value));
        }
        else
        {
            cells[index] = (reference, value);
        }

        return cells;
    }

    /// <summary>A valid workbook plus 11 MiB of zeros: ratio about 1000:1 above the 10 MiB floor, yet a ~12 KB file.</summary>
    private static byte[] ZipBombByRatio() =>
        Zip(Entries(Workbook(SmallPivot())).Append(("xl/media/padding.bin", new byte[11 * 1024 * 1024])));

    /// <summary>
    /// The sheet declares a small size (its size without padding) but holds 20 MiB of whitespace inside
    /// sheetData, so declared size and ratio look harmless. .NET stops at the declared size, which cuts the
    /// XML short; the reader's own byte count would stop it too (see BoundedReadStreamTests).
    /// </summary>
    private static byte[] ZipBombLyingSize()
    {
        var entries = Entries(Workbook(SmallPivot())).ToList();
        var index = entries.FindIndex(e => e.Name == "xl/worksheets/data.xml");
        var honest = entries[index].Content;
        var closing = Encoding.UTF8.GetBytes("</sheetData></worksheet>");
        var body = honest.Length - closing.Length;
        var padded = new byte[honest.Length + (20 * 1024 * 1024)];
        honest.AsSpan(0, body).CopyTo(padded);
        padded.AsSpan(body, 20 * 1024 * 1024).Fill((byte)' ');
        closing.CopyTo(padded, padded.Length - closing.Length);
        entries[index] = (entries[index].Name, padded);
        var zip = Zip(entries);
        PatchDeclaredSize(zip, "xl/worksheets/data.xml", (uint)honest.Length);
        return zip;
    }

    /// <summary>A small valid file whose sheet claims 600 MiB: rejected before any decompression.</summary>
    private static byte[] ZipDeclaredHuge()
    {
        var zip = Workbook(SmallPivot());
        PatchDeclaredSize(zip, "xl/worksheets/data.xml", 600u * 1024 * 1024);
        return zip;
    }

    public static IEnumerable<(string Name, byte[] Content)> Entries(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        var result = new List<(string, byte[])>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            result.Add((entry.FullName, copy.ToArray()));
        }

        return result;
    }

    public static string SheetXml(byte[] zip) =>
        Encoding.UTF8.GetString(Entries(zip).Single(e => e.Name == "xl/worksheets/data.xml").Content);
}
