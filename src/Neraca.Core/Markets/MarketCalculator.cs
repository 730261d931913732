using System.Globalization;
using Neraca.Commodities;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Markets;

/// <summary>A registered business of the province making the product: capacity and certifications valid on the date.</summary>
public sealed record MarketBusiness(int BusinessId, decimal? MonthlyCapacity, string CapacityUnit, IReadOnlyList<CertificationType> Certifications);

/// <summary>Everything the ranking reads, already loaded: the calculator itself touches no database.</summary>
public sealed record MarketInputs
{
    public required string Hs { get; init; }
    public required short Province { get; init; }
    public required int Year { get; init; }
    public required DateOnly Date { get; init; }
    public string Language { get; init; } = "en";
    public string ProductLabel { get; init; } = "";
    public int N { get; init; } = 20;

    /// <summary>Trade facts of the years <see cref="Year"/>−2 to <see cref="Year"/>, every province.</summary>
    public required CommodityData Data { get; init; }
    public IReadOnlyList<WorldImport> Imports { get; init; } = [];
    public IReadOnlyList<WorldExport> WorldExports { get; init; } = [];
    public MarketRules Rules { get; init; } = MarketRules.BuiltIn;
    public IReadOnlyList<MarketBusiness> Businesses { get; init; } = [];
}

/// <summary>The market ranking from its inputs (docs/decisions/0023): one home for the formula, used by CLI, API and page.</summary>
public static class MarketCalculator
{
    public const int MaxN = 250;

    /// <summary>Markets shown when the caller does not say how many.</summary>
    public const int DefaultN = 20;

    public static MarketRanking Rank(MarketInputs input)
    {
        var id = Language.IsIndonesian(input.Language);
        string T(string indonesian, string english) => id ? indonesian : english;
        string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        var notes = new List<string>();

        var (worldHs, demand, complete, summed) = WorldDemand(input.Imports, input.Hs, input.Year);
        var anyWorld = input.Imports.Any(w => w.Year == input.Year);
        var world = new WorldReference(input.Year, input.WorldExports);
        var worldUsd = world.Value(worldHs);
        if (!anyWorld)
        {
            notes.Add(T(F($"tidak ada data impor dunia untuk {input.Year} (muat dengan `neraca reference load`)"), F($"no world imports loaded for {input.Year} (load them with `neraca reference load`)")));
        }
        else if (worldHs != input.Hs && demand.Count > 0)
        {
            notes.Add(T(F($"data dunia dibaca pada HS {worldHs}, tingkat terdekat yang tersedia"), F($"world data read at HS {worldHs}, the nearest level loaded")));
        }

        if (summed)
        {
            notes.Add(T("impor pasar dijumlahkan dari pos HS6 di mana pasar termasuk importir terbesar", "market imports are summed over the HS6 lines where the market is among the largest importers"));
        }

        if (anyWorld && !complete && demand.Count > 0)
        {
            notes.Add(T("tabel dunia hanya memuat importir terbesar: pasar lain tidak tercantum, bukan nol", "the world table lists the largest importers only: other markets are not listed, not zero"));
        }

        var period = new TradePeriod(input.Year, 0);
        var national = Partners(input.Data.Select(Flow.Export, period, null), input.Hs);
        var province = Partners(input.Data.Select(Flow.Export, period, input.Province), input.Hs);
        if (national is not null)
        {
            notes.Add(T("ekspor Indonesia = jumlah provinsi yang datanya dimuat", "Indonesia's exports are the sum of the provinces loaded"));
        }

        if (input.Rules.AgreementsBuiltIn || input.Rules.RequirementsBuiltIn)
        {
            notes.Add(T("perjanjian dagang dan persyaratan pasar: tabel bawaan (belum dimuat kantor)", "trade agreements and market requirements: built-in tables (not loaded by the office)"));
        }

        var growthBase = GrowthBase(input.Imports, worldHs, input.Year, summed);
        var markets = demand.Keys.Concat(national?.Keys ?? Enumerable.Empty<string>()).Concat(province?.Keys ?? Enumerable.Empty<string>())
            .Where(m => m != "ID").Distinct(StringComparer.Ordinal).ToList();
        var maxDemand = demand.Values.DefaultIfEmpty(0m).Max();
        var maxNational = national?.Values.DefaultIfEmpty(0m).Max() ?? 0m;
        var maxProvince = province?.Values.DefaultIfEmpty(0m).Max() ?? 0m;
        var held = input.Businesses.SelectMany(b => b.Certifications).ToHashSet();

        var rows = markets.Select(m =>
        {
            decimal? demandUsd = demand.TryGetValue(m, out var d) ? d : complete && anyWorld ? 0m : null;
            var demandMissing = !anyWorld
                ? T(F($"tidak ada data impor dunia untuk {input.Year}"), F($"no world imports loaded for {input.Year}"))
                : T(F($"tidak tercantum di antara importir HS {worldHs} tahun {input.Year} (tabel hanya memuat importir terbesar)"), F($"not listed among the importers of HS {worldHs} in {input.Year} (the table lists the largest importers only)"));
            var (growth, growthMissing) = Growth(growthBase, m, demandUsd, input.Year, T, F);
            var nationalUsd = national is null ? (decimal?)null : national.GetValueOrDefault(m);
            var provinceUsd = province is null ? (decimal?)null : province.GetValueOrDefault(m);
            var agreements = input.Rules.AgreementsOn(m, input.Date);
            var requirements = input.Rules.RequirementsFor(m, input.Hs, input.Date).Select(r => new RequirementView
            {
                Code = r.Code,
                Label = id ? r.LabelId : r.LabelEn,
                Certification = r.Certification,
                Met = r.Certification is { } c && Enum.TryParse<CertificationType>(c, out var type) && held.Contains(type),
            }).ToList();

            var values = new (string Part, decimal? Value, string? Missing)[]
            {
                (MarketScore.DemandShare, demandUsd is decimal du ? MarketScore.Relative(du, maxDemand) : null, demandMissing),
                (MarketScore.DemandGrowth, growth is decimal g ? MarketScore.Growth(g) : null, growthMissing),
                (MarketScore.IndonesiaExports, nationalUsd is decimal nu ? MarketScore.Relative(nu, maxNational) : null,
                    T(F($"tidak ada rincian ekspor Indonesia untuk {input.Year}"), F($"no export detail of Indonesia loaded for {input.Year}"))),
                (MarketScore.ProvinceExports, provinceUsd is decimal pu ? MarketScore.Relative(pu, maxProvince) : null,
                    T(F($"tidak ada rincian ekspor provinsi {input.Province} untuk {input.Year}"), F($"no export detail of province {input.Province} loaded for {input.Year}"))),
                (MarketScore.Agreement, agreements.Count > 0 ? 1m : 0m, null),
                (MarketScore.Requirements, MarketScore.RequirementsMet(requirements.Count(r => r.Met), requirements.Count), null),
            };
            var parts = values.Select(v => MarketScore.Part(v.Part, v.Value, v.Missing)).ToList();
            return new MarketRow
            {
                Country = m,
                Label = CountryNames.DisplayName(m, input.Language),
                Score = MarketScore.Total(values.Select(v => (v.Part, v.Value))),
                DemandUsd = demandUsd,
                DemandSharePct = Percent.Share(demandUsd, worldUsd),
                DemandGrowthPct = growth,
                IndonesiaExportsUsd = nationalUsd,
                ProvinceExportsUsd = provinceUsd,
                Agreements = [.. agreements.Select(a => a.Code)],
                Requirements = requirements,
                Notes = [.. parts.Where(p => p.MissingReason is not null).Select(p => p.MissingReason!)],
                Parts = parts,
            };
        })
        .OrderByDescending(r => r.Score).ThenByDescending(r => r.DemandUsd ?? -1m).ThenBy(r => r.Country, StringComparer.Ordinal)
        .Take(input.N)
        .ToList();

        return new MarketRanking
        {
            Hs = input.Hs,
            Product = input.ProductLabel,
            WorldHs = worldHs,
            Province = input.Province,
            Year = input.Year,
            Date = input.Date,
            WorldUsd = worldUsd,
            Supply = MarketSupplyCalculator.Supply(input, world, worldHs, T, F),
            Notes = notes,
            Markets = rows,
        };
    }

    /// <summary>Exports of the product by partner (ISO alpha-2 only); null when the period is not loaded.</summary>
    private static Dictionary<string, decimal>? Partners(IReadOnlyList<CommodityFact>? facts, string hs) =>
        facts?.Where(f => f.Hs.StartsWith(hs, StringComparison.Ordinal) && f.Partner.Length == 2)
            .GroupBy(f => f.Partner, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd), StringComparer.Ordinal);

    /// <summary>
    /// The market imports at the nearest level loaded: HS6 (from an 8-digit code too), else its HS4; for an HS4 code its
    /// own rows, else the HS6 rows under it summed per market (then <c>Summed</c>).
    /// </summary>
    internal static (string WorldHs, Dictionary<string, decimal> Demand, bool Complete, bool Summed) WorldDemand(IReadOnlyList<WorldImport> imports, string hs, int year)
    {
        string[] levels = hs.Length >= 6 ? [hs[..6], hs[..4]] : [hs];
        foreach (var code in levels)
        {
            var rows = imports.Where(w => w.Year == year && w.Hs == code).ToList();
            if (rows.Count > 0)
            {
                return (code, rows.ToDictionary(w => w.Importer, w => Money.FromMilli(w.ValueMilli), StringComparer.Ordinal), rows.All(w => w.Complete), false);
            }
        }

        if (hs.Length == 4 && Summed(imports, hs, year) is { Count: > 0 } sums)
        {
            var complete = imports.Where(w => w.Year == year && w.Hs.Length == 6 && w.Hs.StartsWith(hs, StringComparison.Ordinal)).All(w => w.Complete);
            return (hs, sums, complete, true);
        }

        return (levels[0], new Dictionary<string, decimal>(StringComparer.Ordinal), false, false);
    }

    private static Dictionary<string, decimal> Summed(IReadOnlyList<WorldImport> imports, string hs4, int year) =>
        imports.Where(w => w.Year == year && w.Hs.Length == 6 && w.Hs.StartsWith(hs4, StringComparison.Ordinal))
            .GroupBy(w => w.Importer, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(w => Money.FromMilli(w.ValueMilli)), StringComparer.Ordinal);

    /// <summary>The market imports of the two years before, at the same code: the base of growth.</summary>
    private static Dictionary<int, Dictionary<string, decimal>> GrowthBase(IReadOnlyList<WorldImport> imports, string worldHs, int year, bool summed)
    {
        var result = new Dictionary<int, Dictionary<string, decimal>>();
        foreach (var y in new[] { year - 2, year - 1 })
        {
            var values = summed
                ? Summed(imports, worldHs, y)
                : imports.Where(w => w.Year == y && w.Hs == worldHs).ToDictionary(w => w.Importer, w => Money.FromMilli(w.ValueMilli), StringComparer.Ordinal);
            if (values.Count > 0)
            {
                result[y] = values;
            }
        }

        return result;
    }

    /// <summary>Compound annual growth in % from the earliest earlier year in which the market is listed; null with a reason otherwise.</summary>
    private static (decimal? Growth, string? Missing) Growth(
        Dictionary<int, Dictionary<string, decimal>> bases, string market, decimal? now, int year, Func<string, string, string> t, Func<FormattableString, string> f)
    {
        if (bases.Count == 0)
        {
            return (null, t(f($"impor dunia hanya dimuat untuk {year}: pertumbuhan perlu dua tahun"), f($"world imports are loaded for {year} only: growth needs two years")));
        }

        var first = bases.OrderBy(b => b.Key).FirstOrDefault(b => b.Value.GetValueOrDefault(market) > 0m);
        if (first.Value is null || now is not decimal current || current <= 0m)
        {
            return (null, t("pasar tidak tercantum pada tahun-tahun sebelumnya atau tahun ini", "the market is not listed in the earlier years or this year"));
        }

        var ratio = (double)(current / first.Value[market]);
        var cagr = (Math.Pow(ratio, 1.0 / (year - first.Key)) - 1.0) * 100.0;
        return (Percent.Round((decimal)cagr), null);
    }
}
