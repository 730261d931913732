using System.IO.Compression;
using System.Reflection;
using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>
/// The public reference tables the demo loads through the real <see cref="ReferenceLoader"/>, so the demo shows the
/// whole product (HS names and suggestions at 6 and 8 digits, end use, sectors, RCA against the world). The files
/// are the public ones the office would load itself (docs/reference-files.md), shipped gzip-compressed in
/// Demo/Data; their sources are listed in Demo/Data/SOURCES.md.
/// </summary>
public static class DemoReference
{
    /// <summary>Embedded file name and the year of a file without a year column.</summary>
    private static readonly (string File, short? Year)[] Files =
    [
        ("hs2022_nomenclature.csv", null),
        ("hs2022_headings_id.csv", null),
        ("btki2022_tariff_lines.csv", null),
        ("hs2022_end_use.csv", null),
        ("hs2022_isic3.csv", null),
        ("baci2024_hs6_world.csv", 2024),
    ];

    /// <summary>Loads every table; a file the loader rejects is returned with its errors (the demo goes on).</summary>
    public static async Task<IReadOnlyList<ReferenceLoadSummary>> LoadAsync(NeracaDb db, CancellationToken ct = default)
    {
        var loader = new ReferenceLoader(db);
        var summaries = new List<ReferenceLoadSummary>();
        foreach (var (file, year) in Files)
        {
            summaries.Add(await loader.LoadAsync(Read(file), file, DemoLoader.Actor, ct: ct, year: year));
        }

        return summaries;
    }

    internal static byte[] Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Neraca.Demo.Data." + file + ".gz")
            ?? throw new InvalidOperationException("embedded demo reference file missing: " + file);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
