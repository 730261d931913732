using Neraca.Commodities;
using Neraca.Common;

namespace Neraca.Tests.Commodities;

/// <summary>Small in-memory fact sets for hand-computed checks of every formula.</summary>
internal static class CommodityFixtures
{
    public const short Lampung = 18;

    public static CommodityFact X(int year, int month, string hs, decimal usd, string partner = "US", decimal kg = 0m, bool missing = false, short province = Lampung) =>
        new(Flow.Export, year, month, province, hs, partner, usd, kg, missing);

    public static CommodityFact M(int year, int month, string hs, decimal usd, string partner = "CN", short province = Lampung) =>
        new(Flow.Import, year, month, province, hs, partner, usd, 0m, false);

    /// <summary>Facts plus coverage: every (flow, year, month, province) that appears is loaded, and so are <paramref name="alsoLoaded"/>.</summary>
    public static CommodityData Data(IEnumerable<CommodityFact> facts, params (Flow, int, int, short)[] alsoLoaded)
    {
        var list = facts.ToList();
        var loaded = list.Select(f => (f.Flow, f.Year, f.Month, f.Province)).Concat(alsoLoaded).Distinct().ToList();
        return new CommodityData(list, loaded);
    }

    public static string Label(string hs) => "label " + hs;
}
