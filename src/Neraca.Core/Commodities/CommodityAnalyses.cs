using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Commodities;

/// <summary>
/// The commodity analyses engine (Core, no ASP.NET types): used by the CLI, the API and the web pages. Loads active
/// detail facts and the classifier, then delegates to <see cref="CommodityCalculator"/>. Rules: docs/decisions/0009.
/// One instance serves one request or one report: the facts of a span and the classifier are loaded once per instance
/// and shared by the analyses it runs (a monthly report runs three over the same two years, in two languages; loading
/// them each time was most of the report's cost and of every import that wrote reports; bench/README.md).
/// Do not keep an instance across imports.
/// </summary>
public sealed class CommodityAnalyses(NeracaDb db)
{
    public const int MaxLimit = 1000;

    private readonly Dictionary<(int From, int To, short? Province), CommodityData> loaded = [];
    private CommodityClassifier? classifier;

    /// <param name="province">A province code; null or 0 = Indonesia.</param>
    /// <exception cref="TradeArgumentException">unknown province.</exception>
    public async Task<CategoryBreakdown> SectorsAsync(TradePeriod period, short? province, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        var data = await LoadAsync(period.Year - 1, period.Year, p, ct);
        return CommodityCalculator.Sectors(data, await ClassifierAsync(ct), period, p);
    }

    public async Task<CategoryBreakdown> EndUsesAsync(TradePeriod period, short? province, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        var data = await LoadAsync(period.Year - 1, period.Year, p, ct);
        return CommodityCalculator.EndUses(data, await ClassifierAsync(ct), period, p);
    }

    public async Task<RawProcessedResult> RawProcessedAsync(TradePeriod period, short? province, string language, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        var data = await LoadAsync(period.Year - 5, period.Year, p, ct);
        var labels = await LabelsAsync(language, ct);
        return CommodityCalculator.RawProcessed(data, await ClassifierAsync(ct), period, p, labels);
    }

    public async Task<UnitValueResult> UnitValuesAsync(Flow flow, TradePeriod period, short? province, string? hsPrefix, int limit, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        CheckLimit(limit);
        var prefix = string.IsNullOrWhiteSpace(hsPrefix) ? null : hsPrefix.Trim();
        if (prefix is not null && !prefix.All(char.IsAsciiDigit))
        {
            throw new TradeArgumentException("hs", $"--hs must be digits (an HS code prefix), not '{hsPrefix}'");
        }

        var data = await LoadAsync(period.Year - 1, period.Year, p, ct);
        return CommodityCalculator.UnitValues(data, flow, period, p, prefix, limit);
    }

    /// <summary>US$/kg per HS code × partner (null = all partners) for every month or year from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <exception cref="TradeArgumentException">bad range, codes or partner.</exception>
    public async Task<UnitValueTrendResult> UnitValueTrendAsync(
        Flow flow, TradePeriod from, TradePeriod to, short? province, string? hsCodes, string? partner, string language, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        var periods = UnitValueTrend.Range(from, to);
        var codes = UnitValueTrend.Codes(hsCodes);
        var iso2 = string.IsNullOrWhiteSpace(partner) ? null : partner.Trim().ToUpperInvariant();
        if (iso2 is not null && (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper)))
        {
            throw new TradeArgumentException("partner", $"--partner must be an ISO 3166 alpha-2 code such as US, not '{partner}'");
        }

        var data = await LoadAsync(from.Year, to.Year, p, ct);
        return UnitValueTrend.Build(data, flow, periods, p, codes, iso2, await LabelsAsync(language, ct));
    }

    /// <exception cref="TradeArgumentException">no province (RCA compares a province with Indonesia) or bad digits.</exception>
    public async Task<RcaResult> RcaAsync(TradePeriod period, short? province, int digits, string language, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province) ?? throw new TradeArgumentException("province", "RCA needs a province (e.g. 18); it compares the province with Indonesia");
        CheckDigits(digits);
        var data = await LoadAsync(period.Year, period.Year, null, ct);
        var year = (short)period.Year;
        var world = new WorldReference(period.Year, await db.WorldExports.AsNoTracking().Where(w => w.Year == year).ToListAsync(ct));
        return CommodityCalculator.Rca(data, period, p, digits, await LabelsAsync(language, ct), world);
    }

    public async Task<ConcentrationResult> ConcentrationAsync(TradePeriod period, short? province, int digits, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province);
        CheckDigits(digits);
        var data = await LoadAsync(period.Year - 5, period.Year, p, ct);
        return CommodityCalculator.Concentration(data, period, p, digits);
    }

    /// <param name="localNames">Include registered businesses' and products' names (office staff of the province); counts are always there.</param>
    public async Task<ImportWatchResult> ImportWatchAsync(TradePeriod period, short? province, int digits, bool byGrowth, string language, bool localNames, CancellationToken ct = default)
    {
        var p = TradeFigures.CheckProvince(province) ?? throw new TradeArgumentException("province", "the import watch needs a province (e.g. 18)");
        CheckDigits(digits);
        var data = await LoadAsync(period.Year - 1, period.Year, p, ct);
        var local = await LocalProduct.LoadAsync(db, p, ct);
        var result = CommodityCalculator.ImportWatch(data, await ClassifierAsync(ct), period, p, digits, byGrowth, await LabelsAsync(language, ct), local);
        return localNames ? result : result.WithoutLocalNames();
    }

    private static void CheckDigits(int digits)
    {
        if (digits is not (2 or 4 or 6 or 8))
        {
            throw new TradeArgumentException("digits", $"--digits must be 2, 4, 6 or 8, not {digits}");
        }
    }

    private static void CheckLimit(int limit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new TradeArgumentException("limit", $"--limit must be between 1 and {MaxLimit}, not {limit}");
        }
    }

    private async Task<CommodityClassifier> ClassifierAsync(CancellationToken ct) =>
        classifier ??= await CommodityClassifier.LoadAsync(db, ReferenceLoader.DefaultEdition, ct);

    private async Task<CommodityData> LoadAsync(int fromYear, int toYear, short? province, CancellationToken ct)
    {
        if (loaded.TryGetValue((fromYear, toYear, province), out var data))
        {
            return data;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            DbConnection connection = db.Database.GetDbConnection();
            return loaded[(fromYear, toYear, province)] = await CommodityData.LoadAsync(connection, fromYear, toYear, province, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>HS labels in the language: loaded nomenclature and BTKI heading names, labels met in files, then the built-in chapters.</summary>
    private async Task<Func<string, string>> LabelsAsync(string language, CancellationToken ct)
    {
        var indonesian = Language.IsIndonesian(language);
        var lang = indonesian ? "id" : "en";
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in await db.HsLabels.AsNoTracking().Where(x => x.Language == lang).ToListAsync(ct))
        {
            labels[l.Code] = l.Text;
        }

        if (indonesian)
        {
            foreach (var h in await db.HsHeadingNames.AsNoTracking().Where(x => x.Edition == ReferenceLoader.DefaultEdition).ToListAsync(ct))
            {
                labels.TryAdd(h.Hs4, h.DescriptionId);
            }
        }
        else
        {
            foreach (var n in await db.HsNomenclature.AsNoTracking().Where(x => x.Edition == ReferenceLoader.DefaultEdition).ToListAsync(ct))
            {
                labels.TryAdd(n.Code, n.DescriptionEn);
            }
        }

        return hs => hs.Length == 0
            ? Category.Label(Category.Unspecified).Pick(indonesian)
            : hs.Length == 2 && HsChapters.Title(hs, lang) is { } chapter ? chapter
            : labels.GetValueOrDefault(hs) ?? HsChapters.Title(hs, lang) ?? hs;
    }
}

internal static class LabelPair
{
    public static string Pick(this (string Id, string En) label, bool indonesian) => indonesian ? label.Id : label.En;
}
