using System.Net;
using Neraca.Commodities;
using Neraca.Imports;
using Neraca.Imports.WebApi;
using Neraca.Imports.Xlsx;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;
using Neraca.Tests.Web;
using Neraca.Trade;
using static Neraca.Tests.Commodities.CommodityFixtures;

namespace Neraca.Tests.Commodities;

/// <summary>
/// Issue 11, item 5 (decision 0031): end use, processing stage and sector from the official concordances at HS6, and
/// for HS2/HS4 data a class only where every HS6 code under the chapter has the same one, else "mixed".
/// </summary>
public class ChapterClassificationTests
{
    private static readonly CommodityClassifier Small = new(
        new Dictionary<string, string> { ["030111"] = "agriculture", ["030489"] = "manufacturing", ["840110"] = "manufacturing", ["840290"] = "manufacturing", ["270112"] = "mining", ["270900"] = "mining" },
        new Dictionary<string, (string, string)>
        {
            ["030111"] = ("consumption", "112"),
            ["030489"] = ("consumption", "122"),
            ["840110"] = ("capital", "41"),
            ["840290"] = ("intermediate", "42"),
        });

    [Fact]
    public void Classifier_ChapterCodes_OneClassElseMixed()
    {
        // 03: both HS6 consumption → consumption; one raw (112) and one processed (122) → mixed; agriculture + manufacturing → mixed
        Assert.Equal((Category.Consumption, Category.Mixed, Category.Mixed), (Small.EndUse("03"), Small.Processing("03"), Small.Sector("03")));
        // 84: capital + intermediate → mixed (the built-in rule said "capital"); both manufacturing; both processed
        Assert.Equal((Category.Mixed, Category.Manufacturing, Category.Processed), (Small.EndUse("84"), Small.Sector("84"), Small.Processing("84")));
        // HS4 0301 holds only 030111: its classes; 8-digit codes go through their 6-digit prefix
        Assert.Equal((Category.Consumption, Category.Raw, Category.Agriculture), (Small.EndUse("0301"), Small.Processing("0301"), Small.Sector("0301")));
        Assert.Equal((Category.Capital, Category.Processed), (Small.EndUse("84011000"), Small.Processing("84011000")));
        // 27 holds coal 270112 (mining) and crude oil 270900 (oil and gas by heading, whatever ISIC says): left out of non-oil and gas too
        Assert.Equal((Category.MixedOilGas, Category.OilGas), (Small.Sector("27"), Small.Sector("2709")));
        Assert.True(Small.IsApproximation("03", sector: false));
        Assert.False(Small.IsApproximation("84011000", sector: false));
    }

    /// <summary>The shipped concordance against the same public file under tests/ (hs2022_end_use.csv, hs2022_isic3.csv).</summary>
    [Fact]
    public void ShippedConcordance_IssueChapters_MatchTheConcordanceFile()
    {
        var endUse = File.ReadAllLines(RepoPaths.Shared("concordance", "hs2022_end_use.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var sector = File.ReadAllLines(RepoPaths.Shared("concordance", "hs2022_isic3.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        IReadOnlySet<string> Classes(List<string[]> rows, string chapter, int column) => rows.Where(r => r[0].StartsWith(chapter, StringComparison.Ordinal)).Select(r => r[column]).ToHashSet();
        var classifier = ShippedConcordance.Classifier;

        // In the file: 03 has 224 consumption and 1 intermediate HS6, 84 and 85 capital, intermediate and consumption
        // (the built-in rules said 84/85 "100 % capital" and 03 "raw and auxiliary").
        Assert.Equal(["consumption", "intermediate"], Classes(endUse, "03", 2).Order());
        Assert.True(Classes(endUse, "84", 2).IsSupersetOf(["capital", "intermediate", "consumption"]));
        Assert.Equal((Category.Mixed, Category.Mixed, Category.Mixed), (classifier.EndUse("03"), classifier.EndUse("84"), classifier.EndUse("85")));
        // Sector: 84 and 85 are manufacturing only in the file; 03 agriculture and manufacturing
        Assert.Equal(["manufacturing"], Classes(sector, "84", 5));
        Assert.Equal(["manufacturing"], Classes(sector, "85", 5));
        Assert.Equal((Category.Manufacturing, Category.Manufacturing, Category.Mixed), (classifier.Sector("84"), classifier.Sector("85"), classifier.Sector("03")));
        // Processing: 03 has primary-only (raw) and processed HS6; 84 processed only
        Assert.Equal((Category.Mixed, Category.Processed), (classifier.Processing("03"), classifier.Processing("84")));
        Assert.Equal(CommodityClassifier.SourceShipped, classifier.Source);
    }

    /// <summary>The real HS2 files (exports 84/85 XLSX and the HS 03 WebAPI file), January 2024, Indonesia, both engines.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SectorsAndRawProcessed_RealHs2Files_ChapterRuleOrMixedLabelled(Engine engine)
    {
        await using var database = await LikeForLikeTests.ImportAsync(engine);
        await using var db = database.NewContext();
        var analyses = new CommodityAnalyses(db);
        var period = new TradePeriod(2024, 1);

        var sectors = await analyses.SectorsAsync(period, null);
        var raw = await analyses.RawProcessedAsync(period, null, "en");

        using var xlsx = File.OpenRead(RepoPaths.Shared("bps", "exim_ekspor_2020_2024.xlsx"));
        var jan = new BpsPivotXlsxReader().Read(xlsx, new ReadContext("x.xlsx")).Where(f => f.Year == 2024 && f.Month == 1).ToList();
        using var json = File.OpenRead(RepoPaths.Shared("bps", "webapi", "trade_exp_monthly_03_2024.json"));
        var hs03 = new BpsWebApiReader().Read(json, new ReadContext("m.json")).Where(f => f.Month == 1).Sum(f => f.ValueUsd);
        decimal Chapter(string c) => jan.Where(f => f.HsCode.StartsWith(c, StringComparison.Ordinal)).Sum(f => f.ValueUsd);
        decimal? Row(string category) => sectors.Rows.Single(r => r.Category == category).ValueUsd;

        // 84 and 85 are manufacturing in the concordance; 03 is agriculture and manufacturing: mixed, not "agriculture"
        Assert.Equal(Chapter("84") + Chapter("85"), Row(Category.Manufacturing));
        Assert.Equal((hs03, 0m), (Row(Category.Mixed), Row(Category.Agriculture)));
        Assert.Equal(Chapter("84") + Chapter("85") + hs03, Row(Category.NonOilGas));
        // Raw vs processed: 84 processed only; 85 and 03 mixed
        var month = raw.Rows.Single(r => r.Period == "2024-01");
        Assert.Equal((Chapter("84"), Chapter("85") + hs03, 0m), (month.ProcessedUsd, month.MixedUsd, month.RawUsd));
        foreach (var result in new AnalysisHeader[] { sectors, raw })
        {
            Assert.Equal((CommodityClassifier.SourceShipped, true), (result.ClassificationSource, result.ClassificationApproximation));
            Assert.Contains("approximation", result.Classification, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, "Campuran — perlu data 6 digit", "Perkiraan: sebagian data hanya sampai 2 atau 4 digit HS", "bawaan Neraca")]
    [InlineData(true, "Mixed — needs 6-digit data", "Approximation: some data have only 2 or 4 HS digits", "shipped with Neraca")]
    public async Task Page_ChapterData_MixedRowAndApproximationNote(bool english, string mixed, string note, string source)
    {
        var (status, html) = await PageAsync(english, "03");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(mixed, html, StringComparison.Ordinal);
        Assert.Contains("id=\"approx-sector\"", html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.Contains(source, html, StringComparison.Ordinal);
    }

    /// <summary>`/commodities` for Lampung 2024-01 with one export fact of <paramref name="hs"/> loaded, in the language; HTML decoded.</summary>
    internal static async Task<(HttpStatusCode Status, string Html)> PageAsync(bool english, string hs)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        await TradeTestData.LoadAsync(factory.Database, TradeTestData.Lines(TradeTestData.Fact('X', 2024, 1, hs, "JAPAN", "PANJANG", 700m, 18)));
        using var client = factory.CreateClient();
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        }

        using var response = await client.GetAsync(new Uri("/commodities?province=18&period=2024-01", UriKind.Relative));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
