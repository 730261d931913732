namespace Neraca.Commodities;

/// <summary>
/// The ground RCA against the world compares (issue 11, docs/decisions/0031): the HS chapters of the loaded export
/// detail that the world table also has, on BOTH sides. X_p is the province's exports of those chapters, X_w the
/// world's exports of the same chapters (not of all goods: a province share of 3 loaded chapters over a world share of
/// everything inflates every RCA, Lampung HS 03 2024: 165.14 instead of 45.44). Needs a complete world table (with its
/// TOTAL row): an extract of a few products would make a chapter's world value the extract's.
/// </summary>
public sealed class WorldRcaBasis
{
    private readonly HashSet<string> chapters;

    private WorldRcaBasis(IReadOnlyList<string> chapters, decimal provinceUsd, decimal worldUsd)
    {
        Chapters = chapters;
        this.chapters = new HashSet<string>(chapters, StringComparer.Ordinal);
        ProvinceUsd = provinceUsd;
        WorldUsd = worldUsd;
    }

    /// <summary>The chapters compared, sorted.</summary>
    public IReadOnlyList<string> Chapters { get; }

    /// <summary>X_p: the province's exports of <see cref="Chapters"/>.</summary>
    public decimal ProvinceUsd { get; }

    /// <summary>X_w: the world's exports of <see cref="Chapters"/>.</summary>
    public decimal WorldUsd { get; }

    /// <summary>The basis, or null when the world table is absent, incomplete (no TOTAL) or has none of the loaded chapters.</summary>
    /// <param name="loadedCodes">HS codes of the loaded export detail of the period (Indonesia: every chapter loaded).</param>
    /// <param name="province">The province's exports by HS code (any length) in the period.</param>
    public static WorldRcaBasis? For(WorldReference? world, IEnumerable<string> loadedCodes, IReadOnlyDictionary<string, decimal> province)
    {
        if (world?.Total is null)
        {
            return null;
        }

        var values = loadedCodes.Where(c => c.Length >= 2).Select(c => c[..2]).Distinct(StringComparer.Ordinal)
            .Select(c => (Chapter: c, Usd: world.Value(c))).Where(c => c.Usd is not null).OrderBy(c => c.Chapter, StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var set = new HashSet<string>(values.Select(v => v.Chapter), StringComparer.Ordinal);
        var xp = province.Where(kv => kv.Key.Length >= 2 && set.Contains(kv.Key[..2])).Sum(kv => kv.Value);
        return new WorldRcaBasis([.. values.Select(v => v.Chapter)], xp, values.Sum(v => v.Usd!.Value));
    }

    /// <summary>True when the code lies in a compared chapter (an unspecified code "" never does).</summary>
    public bool Covers(string hs) => hs.Length >= 2 && chapters.Contains(hs[..2]);
}
