using System.Globalization;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Trade;

namespace Neraca.Markets;

/// <summary>The supply side of the ranking: the province's exports of the product, their trend, RCA and its registered businesses.</summary>
internal static class MarketSupplyCalculator
{
    public static MarketSupply Supply(MarketInputs input, WorldReference world, string worldHs, Func<string, string, string> t, Func<FormattableString, string> f)
    {
        var notes = new List<string>();
        var trend = Enumerable.Range(input.Year - 2, 3).Select(y => new YearValue(y, Sum(input.Data.Select(Flow.Export, new TradePeriod(y, 0), input.Province), input.Hs))).ToList();
        var now = trend[^1].ValueUsd;
        if (now is null)
        {
            notes.Add(t(f($"tidak ada rincian ekspor provinsi untuk {input.Year}"), f($"no export detail of the province loaded for {input.Year}")));
        }

        var period = new TradePeriod(input.Year, 0);
        var provinceAll = input.Data.Select(Flow.Export, period, input.Province);
        var nationalAll = input.Data.Select(Flow.Export, period, null);
        decimal? rca = null;
        decimal? rcaWorld = null;
        if (provinceAll is not null && nationalAll is not null)
        {
            var xp = provinceAll.Sum(x => x.ValueUsd);
            var xpj = Sum(provinceAll, input.Hs) ?? 0m;
            rca = CommodityMath.Round4(CommodityMath.Rca(xpj, xp, Sum(nationalAll, input.Hs) ?? 0m, nationalAll.Sum(x => x.ValueUsd)));
            // Against the world: the same chapters on both sides, as the commodity RCA (decision 0031): the province's
            // and the world's exports of the loaded chapters the world table has, never the world's total of all goods.
            var byHs = provinceAll.GroupBy(x => x.Hs, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.ValueUsd), StringComparer.Ordinal);
            var basis = WorldRcaBasis.For(world, nationalAll.Select(x => x.Hs), byHs);
            if (basis is not null && basis.Covers(worldHs) && world.Value(worldHs) is decimal xwj)
            {
                rcaWorld = CommodityMath.Round4(CommodityMath.Rca(xpj, basis.ProvinceUsd, xwj, basis.WorldUsd));
            }
            else
            {
                notes.Add(t(f($"RCA terhadap dunia tidak dihitung: nilai dunia HS {worldHs}, bab HS yang dimuat, atau total dunia {input.Year} belum ada"), f($"RCA against the world not computed: no world value of HS {worldHs}, of the loaded HS chapters, or world total for {input.Year} loaded")));
            }
        }

        if (input.Businesses.Count == 0)
        {
            notes.Add(t("belum ada usaha terdaftar di provinsi yang membuat produk ini", "no registered business of the province makes this product yet"));
        }

        return new MarketSupply
        {
            ProvinceExportsUsd = now,
            Trend = trend,
            ChangePct = Percent.Change(now, trend[^2].ValueUsd),
            Rca = rca,
            RcaWorld = rcaWorld,
            Businesses = input.Businesses.Select(b => b.BusinessId).Distinct().Count(),
            Capacity = [.. input.Businesses.Where(b => b.MonthlyCapacity is > 0m)
                .GroupBy(b => b.CapacityUnit.Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Sum(b => b.MonthlyCapacity!.Value).ToString("0.###", CultureInfo.InvariantCulture) + " " + g.Key + t("/bulan", "/month"))],
            Certifications = [.. input.Businesses.SelectMany(b => b.Certifications.Distinct().Select(c => (b.BusinessId, c)))
                .GroupBy(x => x.c).OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Select(x => x.BusinessId).Distinct().Count()})"))],
            Notes = notes,
        };
    }

    private static decimal? Sum(IReadOnlyList<CommodityFact>? facts, string hs) =>
        facts?.Where(x => x.Hs.StartsWith(hs, StringComparison.Ordinal)).Sum(x => x.ValueUsd);
}
