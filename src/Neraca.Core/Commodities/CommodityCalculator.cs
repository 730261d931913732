using Neraca.Common;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>
/// The commodity analyses as pure functions of loaded facts (no database): unit-testable with small hand-computed
/// fixtures. <see cref="CommodityAnalyses"/> loads the facts and calls these. Rules: docs/decisions/0009.
/// </summary>
public static class CommodityCalculator
{
    public const int MaxMovers = 10;
    public const int MaxEvidence = 5;
    public const int MaxLocalEvidence = 10;

    /// <summary>Detail with fewer HS chapters than this is stated as partial.</summary>
    public const int PartialChapters = 90;

    private static readonly string[] SectorRows =
        [Category.OilGas, Category.NonOilGas, Category.Agriculture, Category.Manufacturing, Category.MiningOther, Category.Unspecified];

    private static readonly string[] EndUseRows = [Category.Consumption, Category.RawAuxiliary, Category.Capital, Category.Unspecified];

    /// <summary>Exports by sector with oil &amp; gas vs non-oil &amp; gas (a subtotal row), BPS-style changes.</summary>
    public static CategoryBreakdown Sectors(CommodityData data, CommodityClassifier classifier, TradePeriod period, short? province) =>
        Labelled(Breakdown("sector", Flow.Export, data, classifier.Sector, SectorRows, period, province), classifier, Codes(data, Flow.Export, period, province), sector: true);

    /// <summary>Imports by end use (consumption / raw and auxiliary materials / capital).</summary>
    public static CategoryBreakdown EndUses(CommodityData data, CommodityClassifier classifier, TradePeriod period, short? province) =>
        Labelled(Breakdown("enduse", Flow.Import, data, classifier.EndUse, EndUseRows, period, province), classifier, Codes(data, Flow.Import, period, province), sector: false);

    /// <summary>The breakdown with the label of what classified its codes (decision 0031).</summary>
    private static CategoryBreakdown Labelled(CategoryBreakdown breakdown, CommodityClassifier classifier, IEnumerable<string> codes, bool sector)
    {
        var (text, approximation) = classifier.Describe(codes, sector);
        return breakdown with { Classification = text, ClassificationSource = classifier.Source, ClassificationApproximation = approximation };
    }

    /// <summary>The HS codes of the period and a year earlier (what a breakdown classifies), for its label.</summary>
    private static IEnumerable<string> Codes(CommodityData data, Flow flow, TradePeriod period, short? province) =>
        (data.Select(flow, period, province) ?? []).Concat(data.Select(flow, period.YearEarlier, province) ?? []).Select(f => f.Hs).Distinct(StringComparer.Ordinal);

    /// <summary>Raw vs processed exports over the series ending at <paramref name="period"/>, with the products that moved most.</summary>
    public static RawProcessedResult RawProcessed(
        CommodityData data, CommodityClassifier classifier, TradePeriod period, short? province, Func<string, string> label)
    {
        var series = Series(period);
        var rows = series.Select(p =>
        {
            var facts = data.Select(Flow.Export, p, province);
            if (facts is null)
            {
                return new RawProcessedRow { Period = p.ToString() };
            }

            var by = facts.GroupBy(f => classifier.Processing(f.Hs)).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd), StringComparer.Ordinal);
            var raw = by.GetValueOrDefault(Category.Raw);
            var processed = by.GetValueOrDefault(Category.Processed);
            var total = facts.Sum(f => f.ValueUsd);
            return new RawProcessedRow
            {
                Period = p.ToString(),
                RawUsd = raw,
                ProcessedUsd = processed,
                UnspecifiedUsd = by.GetValueOrDefault(Category.Unspecified),
                MixedUsd = by.GetValueOrDefault(Category.Mixed),
                TotalUsd = total,
                RawSharePct = Percent.Share(raw, total),
                ProcessedSharePct = Percent.Share(processed, total),
            };
        }).ToList();

        // Like for like: a product of a chapter loaded on one side only is no mover (never a −100 % caused by loading).
        var comparable = data.Comparable(Flow.Export, period, period.YearEarlier, province);
        var current = ByKey(comparable.Current ?? data.Select(Flow.Export, period, province), f => f.Hs);
        var yearAgo = ByKey(comparable.Base, f => f.Hs);
        var movers = (current ?? []).Keys.Union((yearAgo ?? []).Keys)
            .Select(hs =>
            {
                var v = current?.GetValueOrDefault(hs) ?? 0m;
                decimal? b = yearAgo is null ? null : yearAgo.GetValueOrDefault(hs);
                return new ProductMove
                {
                    Hs = hs,
                    Label = label(hs),
                    Processing = classifier.Processing(hs),
                    ValueUsd = v,
                    YearAgoUsd = b,
                    ChangeUsd = v - b,
                    ChangePct = Percent.Change(v, b),
                };
            })
            .OrderByDescending(m => Math.Abs(m.ChangeUsd ?? m.ValueUsd))
            .ThenBy(m => m.Hs, StringComparer.Ordinal)
            .Take(MaxMovers)
            .ToList();
        var (text, approximation) = classifier.Describe(series.SelectMany(p => data.Select(Flow.Export, p, province) ?? []).Select(f => f.Hs).Distinct(StringComparer.Ordinal), sector: false);
        return new RawProcessedResult
        {
            Analysis = "raw-processed",
            Period = period.ToString(),
            Province = province,
            Classification = text,
            ClassificationSource = classifier.Source,
            ClassificationApproximation = approximation,
            HsEditions = HsEditions.For(series),
            Rows = rows,
            Movers = current is null && yearAgo is null ? [] : movers,
            YoyBasisHs2 = comparable.BasisHs2,
        };
    }

    /// <summary>US$/kg per HS code × partner, with the same group a year earlier; zero or missing weight is flagged, never divided by.</summary>
    public static UnitValueResult UnitValues(CommodityData data, Flow flow, TradePeriod period, short? province, string? hsPrefix, int limit)
    {
        static Dictionary<(string, string), (decimal Value, decimal Kg, bool Missing)>? Group(IReadOnlyList<CommodityFact>? facts, string? prefix) =>
            facts?.Where(f => prefix is null || f.Hs.StartsWith(prefix, StringComparison.Ordinal))
                .GroupBy(f => (f.Hs, f.Partner))
                .ToDictionary(g => g.Key, g => (g.Sum(f => f.ValueUsd), g.Sum(f => f.WeightKg), g.Any(f => f.WeightMissing)));

        // Only codes of 6 digits or more (issue 11): a chapter's US$/kg ("all fish") mixes unlike goods. Coarser data of
        // the prefix asked are left out and said so (reason too_coarse with their value), never divided.
        static bool Related(CommodityFact f, string? prefix) => prefix is null || f.Hs.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(f.Hs, StringComparison.Ordinal);
        static List<CommodityFact>? Fine(IReadOnlyList<CommodityFact>? facts) => facts?.Where(f => f.Hs.Length >= CommodityReasons.UnitValueDigits).ToList();
        var selected = data.Select(flow, period, province);
        var coarse = selected?.Where(f => f.Hs.Length is > 0 and < CommodityReasons.UnitValueDigits && Related(f, hsPrefix)).ToList() ?? [];
        var current = Group(Fine(selected), hsPrefix);
        var yearAgo = Group(Fine(data.Select(flow, period.YearEarlier, province)), hsPrefix);
        var rows = (current ?? []).Select(kv =>
        {
            var (uv, flag) = CommodityMath.UnitValue(kv.Value.Value, kv.Value.Kg, kv.Value.Missing);
            decimal? before = yearAgo is not null && yearAgo.TryGetValue(kv.Key, out var b) ? CommodityMath.UnitValue(b.Value, b.Kg, b.Missing).UsdPerKg : null;
            return new UnitValueRow
            {
                Hs = kv.Key.Item1,
                Partner = kv.Key.Item2,
                ValueUsd = kv.Value.Value,
                WeightKg = kv.Value.Missing ? null : kv.Value.Kg,
                UsdPerKg = CommodityMath.Round4(uv),
                Flag = flag,
                YearAgoUsdPerKg = CommodityMath.Round4(before),
                ChangePct = Percent.Change(uv, before),
            };
        })
        .OrderByDescending(r => r.ValueUsd).ThenBy(r => r.Hs, StringComparer.Ordinal).ThenBy(r => r.Partner, StringComparer.Ordinal)
        .Take(limit)
        .ToList();
        return new UnitValueResult
        {
            Analysis = "unit-values",
            Flow = FlowNames.Of(flow),
            Period = period.ToString(),
            Province = province,
            HsEditions = HsEditions.For([period, period.YearEarlier]),
            Rows = rows,
            Reason = coarse.Count == 0 ? null : CommodityReasons.TooCoarse,
            CoarseUsd = coarse.Count == 0 ? null : coarse.Sum(f => f.ValueUsd),
        };
    }

    /// <summary>
    /// RCA of the province against Indonesia per HS code cut to <paramref name="digits"/>, highest first; and against the
    /// world where <paramref name="world"/> holds the period's year (null or empty: the world columns are null).
    /// </summary>
    public static RcaResult Rca(CommodityData data, TradePeriod period, short province, int digits, Func<string, string> label, WorldReference? world = null)
    {
        var national = data.Select(Flow.Export, period, null);
        var p = ByKey(data.Select(Flow.Export, period, province), f => Key(f.Hs, digits));
        var n = ByKey(national, f => Key(f.Hs, digits));
        var chapters = data.ChaptersOf(Flow.Export);
        var dataDigits = CommodityReasons.Digits(national);
        var header = new RcaResult
        {
            Analysis = "rca",
            Period = period.ToString(),
            Province = province,
            Digits = digits,
            DataDigits = dataDigits,
            Reason = dataDigits is > 0 && dataDigits < digits ? CommodityReasons.CoarserThanAsked : null,
            HsEditions = HsEditions.For([period]),
            Note = chapters.Count is > 0 and < PartialChapters
                ? $"export detail loaded for HS chapters {string.Join(", ", chapters)} only: totals X_p and X_n are of these chapters"
                : null,
        };
        if (p is null || n is null)
        {
            return header with { Note = "no export detail loaded for the province or Indonesia in the period" };
        }

        var xp = p.Values.Sum();
        var xn = n.Values.Sum();

        // Against the world: the same chapters on both sides (those loaded that the world table has), decision 0031.
        var basis = WorldRcaBasis.For(world, n.Keys, p);
        var rows = n.Keys.Union(p.Keys).Select(hs =>
        {
            var xpj = p.GetValueOrDefault(hs);
            var xnj = n.GetValueOrDefault(hs);
            var rca = CommodityMath.Rca(xpj, xp, xnj, xn);
            var xwj = basis is not null && basis.Covers(hs) ? world!.Value(hs) : null;
            var rcaWorld = xwj is decimal w ? CommodityMath.Rca(xpj, basis!.ProvinceUsd, w, basis.WorldUsd) : null;
            return new RcaRow
            {
                WorldUsd = xwj,
                WorldSharePct = xwj is decimal ws ? Percent.Share(ws, basis!.WorldUsd) : null,
                RcaWorld = CommodityMath.Round4(rcaWorld),
                AdvantageWorld = rcaWorld is decimal rw ? rw > 1m : null,
                Hs = hs,
                Label = label(hs),
                ProvinceUsd = xpj,
                NationalUsd = xnj,
                ProvinceSharePct = Percent.Share(xpj, xp),
                NationalSharePct = Percent.Share(xnj, xn),
                Rca = CommodityMath.Round4(rca),
                Advantage = rca is decimal r ? r > 1m : null,
            };
        })
        .OrderByDescending(r => r.Rca ?? -1m).ThenByDescending(r => r.ProvinceUsd).ThenBy(r => r.Hs, StringComparer.Ordinal)
        .ToList();
        return header with
        {
            ProvinceTotalUsd = xp,
            NationalTotalUsd = xn,
            WorldYear = world is { IsEmpty: false } ? world.Year : null,
            WorldTotalUsd = basis?.WorldUsd,
            WorldProvinceTotalUsd = basis?.ProvinceUsd,
            WorldBasisHs2 = basis?.Chapters,
            WorldNote = WorldNote(world, basis, period, digits),
            Rows = rows,
        };
    }

    /// <summary>Why the world columns are null or what they compare, for the reader; null when nothing needs saying.</summary>
    private static string? WorldNote(WorldReference? world, WorldRcaBasis? basis, TradePeriod period, int digits)
    {
        if (world is null || world.IsEmpty)
        {
            return $"no world exports loaded for {period.Year}: RCA against the world is not computed";
        }

        if (world.Total is null)
        {
            return $"world exports for {period.Year} have no world total (TOTAL): RCA against the world is not computed";
        }

        if (basis is null)
        {
            return $"the world exports of {period.Year} have none of the HS chapters loaded: RCA against the world is not computed";
        }

        var notes = new List<string>();
        if (basis.Chapters.Count < PartialChapters)
        {
            notes.Add($"both sides are of HS chapters {string.Join(", ", basis.Chapters)} only: the province's and the world's exports of these chapters");
        }

        if (digits > 6)
        {
            notes.Add("world data stop at HS6: 8-digit codes have no world value");
        }

        if (HsEditions.For([period]).Any(e => e != 2022))
        {
            notes.Add("world data are HS 2022; the period was reported in an earlier HS edition, codes that changed are compared as they are");
        }

        if (!period.IsYear)
        {
            notes.Add($"the month's export structure is compared with the world's in {world.Year}");
        }

        return notes.Count == 0 ? null : string.Join("; ", notes);
    }

    /// <summary>Products and markets exported, and their HHI, over the series ending at the period. Unspecified HS/partner are not counted.</summary>
    public static ConcentrationResult Concentration(CommodityData data, TradePeriod period, short? province, int digits)
    {
        var series = Series(period);
        var dataDigits = CommodityReasons.Digits(series.SelectMany(p => data.Select(Flow.Export, p, province) ?? []));
        var rows = series.Select(p =>
        {
            var facts = data.Select(Flow.Export, p, province);
            if (facts is null)
            {
                return new ConcentrationRow { Period = p.ToString() };
            }

            var products = facts.Where(f => f.Hs.Length > 0).GroupBy(f => Key(f.Hs, digits)).Select(g => g.Sum(f => f.ValueUsd)).Where(v => v > 0m).ToList();
            var markets = facts.Where(f => f.Partner.Length > 0).GroupBy(f => f.Partner).Select(g => g.Sum(f => f.ValueUsd)).Where(v => v > 0m).ToList();
            var productHhi = CommodityMath.Hhi(products);
            var marketHhi = CommodityMath.Hhi(markets);
            return new ConcentrationRow
            {
                Period = p.ToString(),
                ExportUsd = facts.Sum(f => f.ValueUsd),
                Products = products.Count,
                Markets = markets.Count,
                ProductHhi = CommodityMath.Round4(productHhi),
                ProductLevel = CommodityMath.Level(productHhi),
                MarketHhi = CommodityMath.Round4(marketHhi),
                MarketLevel = CommodityMath.Level(marketHhi),
            };
        }).ToList();
        return new ConcentrationResult
        {
            Analysis = "concentration",
            Period = period.ToString(),
            Province = province,
            Digits = digits,
            DataDigits = dataDigits,
            Reason = dataDigits is > 0 && dataDigits < digits ? CommodityReasons.CoarserThanAsked : null,
            HsEditions = HsEditions.For(series),
            Rows = rows,
        };
    }

    /// <summary>
    /// Imported HS codes (cut to <paramref name="digits"/>) that the province also exports in the period or that registered
    /// local businesses of the province make (<paramref name="local"/>), ranked by import value (or by growth), each with
    /// its end use and its evidence: the export flows and the matching local products (names included).
    /// </summary>
    public static ImportWatchResult ImportWatch(
        CommodityData data, CommodityClassifier classifier, TradePeriod period, short province, int digits, bool byGrowth, Func<string, string> label,
        IReadOnlyList<LocalProduct>? local = null)
    {
        local ??= [];
        var importFacts = data.Select(Flow.Import, period, province);
        var exportFacts = data.Select(Flow.Export, period, province);
        var classification = classifier.Describe((importFacts ?? []).Select(f => Key(f.Hs, digits)).Distinct(StringComparer.Ordinal), sector: false);
        var header = new ImportWatchResult
        {
            Analysis = "import-watch",
            Period = period.ToString(),
            Province = province,
            Digits = digits,
            Classification = classification.Text,
            ClassificationSource = classifier.Source,
            ClassificationApproximation = classification.Approximation,
            HsEditions = HsEditions.For([period, period.YearEarlier]),
            RegistryProducts = local.Count,
            LocalNamesShown = true,
        };
        if (importFacts is null)
        {
            return header;
        }

        if (exportFacts is null)
        {
            // Local products are evidence on their own; the reader must know exports could not be.
            header = header with { Note = "no export detail loaded for the period: only registered local products are evidence" };
            exportFacts = [];
        }

        var imports = ByKey(importFacts, f => Key(f.Hs, digits))!;
        var yearAgo = ByKey(data.Select(Flow.Import, period.YearEarlier, province), f => Key(f.Hs, digits));
        var exports = exportFacts.Where(f => f.Hs.Length > 0 && f.ValueUsd > 0m).GroupBy(f => Key(f.Hs, digits)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var makers = imports.Keys.ToDictionary(k => k, k => local.Where(l => LocalProduct.Matches(l.Hs, k)).ToList(), StringComparer.Ordinal);
        var watched = imports.Where(kv => kv.Key.Length > 0 && kv.Value > 0m && (exports.ContainsKey(kv.Key) || makers[kv.Key].Count > 0)).Select(kv =>
        {
            decimal? before = yearAgo is null ? null : yearAgo.GetValueOrDefault(kv.Key);
            var evidence = (exports.GetValueOrDefault(kv.Key) ?? []).GroupBy(f => f.Partner).Select(g => new ExportEvidence(g.Key, g.Sum(f => f.ValueUsd)))
                .OrderByDescending(e => e.ValueUsd).ThenBy(e => e.Partner, StringComparer.Ordinal).ToList();
            var products = makers[kv.Key];
            return new ImportWatchRow
            {
                Hs = kv.Key,
                Label = label(kv.Key),
                EndUse = classifier.EndUse(kv.Key),
                ImportUsd = kv.Value,
                ImportYearAgoUsd = before,
                ImportYoyPct = Percent.Change(kv.Value, before),
                ExportUsd = evidence.Sum(e => e.ValueUsd),
                Evidence = [.. evidence.Take(MaxEvidence)],
                LocalBusinesses = products.Select(l => l.BusinessId).Distinct().Count(),
                LocalProducts = products.Count,
                LocalEvidence = [.. products.OrderBy(l => l.Business, StringComparer.Ordinal).ThenBy(l => l.Product, StringComparer.Ordinal)
                    .Take(MaxLocalEvidence).Select(l => new LocalEvidence(l.Business, l.Product, l.Hs))],
            };
        });
        var ordered = byGrowth
            ? watched.OrderByDescending(r => r.ImportYoyPct ?? decimal.MinValue).ThenByDescending(r => r.ImportUsd)
            : watched.OrderByDescending(r => r.ImportUsd).ThenByDescending(r => r.ImportYoyPct ?? decimal.MinValue);
        var rows = ordered.ThenBy(r => r.Hs, StringComparer.Ordinal).Select((r, i) => r with { Rank = i + 1 }).ToList();
        return header with
        {
            ImportTotalUsd = imports.Values.Sum(),
            WatchedImportUsd = rows.Sum(r => r.ImportUsd),
            ByEndUse = [.. rows.GroupBy(r => r.EndUse).Select(g => new EndUseTotal(g.Key, g.Sum(r => r.ImportUsd))).OrderByDescending(e => e.ImportUsd)],
            Rows = rows,
        };
    }

    /// <summary>An HS code cut to <paramref name="digits"/>; a code reported with fewer digits stays as it is.</summary>
    public static string Key(string hs, int digits) => hs.Length > digits ? hs[..digits] : hs;

    /// <summary>The periods of a series: a year → the five years ending with it; a month → the twelve months ending with it.</summary>
    public static IReadOnlyList<TradePeriod> Series(TradePeriod period) => period.IsYear
        ? [.. Enumerable.Range(period.Year - 4, 5).Select(y => new TradePeriod(y, 0))]
        : [.. Enumerable.Range(-11, 12).Select(i => TradePeriod.From(new YearMonth(period.Year, period.Month).AddMonths(i)))];


    private static Dictionary<string, decimal>? ByKey(IReadOnlyList<CommodityFact>? facts, Func<CommodityFact, string> key) =>
        facts?.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd), StringComparer.Ordinal);

    private static CategoryBreakdown Breakdown(
        string analysis, Flow flow, CommodityData data, Func<string, string> classify, string[] categories, TradePeriod period, short? province)
    {
        Dictionary<string, decimal>? Sum(IReadOnlyList<CommodityFact>? facts) => ByKey(facts, f => classify(f.Hs));
        var current = Sum(data.Select(flow, period, province));
        var cum = Sum(data.Cumulative(flow, period, province));
        var total = current?.Values.Sum();

        // Like for like (docs/decisions/0014): each change compares the chapters loaded on both sides only.
        var mom = period.Previous is { } prev ? data.Comparable(flow, period, prev, province) : default;
        var yoy = data.Comparable(flow, period, period.YearEarlier, province);
        var cumYoy = data.Comparable(flow, period, period.YearEarlier, province, cumulative: true);
        var (momNow, previous) = (Sum(mom.Current), Sum(mom.Base));
        var (yoyNow, yearAgo) = (Sum(yoy.Current), Sum(yoy.Base));
        var (cumNow, cumAgo) = (Sum(cumYoy.Current), Sum(cumYoy.Base));

        // Non-oil and gas leaves out oil and gas and a chapter 27 reported whole (it may hold oil and gas, decision 0031).
        decimal? Value(Dictionary<string, decimal>? d, string key) => d is null ? null
            : key == Category.NonOilGas ? d.Where(kv => kv.Key is not (Category.OilGas or Category.MixedOilGas)).Sum(kv => kv.Value)
            : d.GetValueOrDefault(key);

        // HS2/HS4 data the concordance splits over several classes: a row of their own, only when there are any.
        var mixed = new[] { Category.Mixed, Category.MixedOilGas }.Where(k => new[] { current, cum, momNow, previous, yoyNow, yearAgo, cumNow, cumAgo }.Any(d => d?.ContainsKey(k) == true));
        var rows = categories.Concat(mixed).Select(key =>
        {
            var v = Value(current, key);
            var (id, en) = Category.Label(key);
            return new CategoryRow
            {
                Category = key,
                LabelId = id,
                LabelEn = en,
                Subtotal = key == Category.NonOilGas,
                ValueUsd = v,
                SharePct = Percent.Share(v, total),
                MomPct = Percent.Change(Value(momNow, key), Value(previous, key)),
                YoyPct = Percent.Change(Value(yoyNow, key), Value(yearAgo, key)),
                CumUsd = Value(cum, key),
                CumYoyPct = Percent.Change(Value(cumNow, key), Value(cumAgo, key)),
            };
        }).ToList();
        return new CategoryBreakdown
        {
            Analysis = analysis,
            Flow = FlowNames.Of(flow),
            Period = period.ToString(),
            Province = province,
            TotalUsd = total,
            Rows = rows,
            HsEditions = HsEditions.For([period, period.YearEarlier]),
            MomBasisHs2 = mom.BasisHs2,
            YoyBasisHs2 = yoy.BasisHs2,
            CumYoyBasisHs2 = cumYoy.BasisHs2,
        };
    }
}

/// <summary>
/// The HS edition a period's data were reported in, by Indonesia's adoption dates: BTKI 2022 (HS 2022) from April 2022,
/// BTKI 2017 (HS 2017) from 2017, HS 2012 before. A year 2022 spans two editions.
/// </summary>
public static class HsEditions
{
    public static readonly YearMonth Hs2022From = new(2022, 4);
    public static readonly YearMonth Hs2017From = new(2017, 1);

    public static int Of(YearMonth month) => month >= Hs2022From ? 2022 : month >= Hs2017From ? 2017 : 2012;

    public static IReadOnlyList<int> For(IEnumerable<TradePeriod> periods) =>
        [.. periods.SelectMany(p => p.Months).Select(Of).Distinct().Order()];
}
