using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>
/// World imports for the demo's market ranking (docs/decisions/0023), loaded through the real reference loader: the
/// BACI 2024 top-6 importers of the demo commodities' HS6 codes and the 2022–2024 top flows of coal (HS 2701), both
/// rows of the public files filtered to those codes (Demo/Data/SOURCES.md). Trade agreements and requirement rules
/// stay the built-in tables.
/// </summary>
public static class DemoMarkets
{
    private static readonly (string File, short? Year)[] Files =
    [
        ("baci2024_hs6_top_importers_demo.csv", 2024),
        ("baci_hs22_coal_top_flows_demo.csv", null),
    ];

    public static async Task<IReadOnlyList<ReferenceLoadSummary>> LoadAsync(NeracaDb db, CancellationToken ct = default)
    {
        var loader = new ReferenceLoader(db);
        var summaries = new List<ReferenceLoadSummary>();
        foreach (var (file, year) in Files)
        {
            summaries.Add(await loader.LoadAsync(DemoReference.Read(file), file, DemoLoader.Actor, ct: ct, year: year));
        }

        return summaries;
    }
}
