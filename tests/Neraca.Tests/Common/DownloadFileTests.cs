using System.Text;
using Neraca.Tests.Web;
using Neraca.Trade;
using Neraca.Web.Features.Dashboard;
using Neraca.Web.Features.Downloads;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Common;

/// <summary>Web downloads: the reader's dialect and headers, BOM, formula guard, and a titled XLSX with codes as text.</summary>
public class DownloadFileTests
{
    private static readonly Texts Texts = new();

    private static DashboardData Data(string label) => new()
    {
        Province = 18,
        ProvinceName = "Lampung",
        Period = new YearMonth(2020, 1),
        TopHs2 = new TopResult
        {
            By = "hs2",
            Flow = "export",
            Period = "2020-01",
            Province = 18,
            Rows = [new TopRow { Rank = 1, Key = "09", Label = label, LabelId = label, LabelEn = label, ValueUsd = 1234.5m, SharePct = -27.03m, Unspecified = false }],
        },
    };

    [Fact]
    public void DashboardCsv_Indonesian_BomSemicolonDecimalCommaGuarded()
    {
        var table = DashboardEndpoints.Table("top-hs2", Data("=HYPERLINK(\"http://x\")"), Texts, DownloadFile.Culture("id"));

        var file = DownloadFile.Csv(table, "id", Texts, "x.csv");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.FileContents.ToArray()[..3]);
        var lines = Encoding.UTF8.GetString(file.FileContents.ToArray()[3..]).Split('\n');
        Assert.Equal("Peringkat;Kode;Uraian;Nilai (US$);Pangsa (%);Perubahan m-t-m (%);Perubahan y-o-y (%);Tidak dirinci", lines[0]);
        Assert.Equal("1;09;\"'=HYPERLINK(\"\"http://x\"\")\";1234,5;-27,03;;;tidak", lines[1]);
    }

    [Fact]
    public void DashboardCsv_English_CommaAndPoint()
    {
        var table = DashboardEndpoints.Table("top-hs2", Data("=1+1"), Texts, DownloadFile.Culture("en"));

        var lines = Encoding.UTF8.GetString(DownloadFile.Csv(table, "en", Texts, "x.csv").FileContents.ToArray()[3..]).Split('\n');

        Assert.Equal("Rank,Code,Description,Value (US$),Share (%),Change m-o-m (%),Change y-o-y (%),Unspecified", lines[0]);
        Assert.Equal("1,09,\"'=1+1\",1234.5,-27.03,,,no", lines[1]);
    }

    [Fact]
    public async Task Xlsx_TitleBlockHeadersAndHsCodesAsText()
    {
        var table = new DownloadTable("uv", "Unit values", "2024", ["hs", "partner", "value_usd", "share_pct"], [["090111", "US", "100.5", "12.30"], ["0901", "JP", "", ""]]);

        var file = await DownloadFile.XlsxAsync(table, "id", Texts, "x.xlsx", CancellationToken.None);

        var sheet = TradeApiTests.ReadSheet(file.FileContents.ToArray());
        Assert.Equal("Unit values", sheet[0][0]);
        Assert.Equal("Periode: 2024", sheet[1][0]);
        Assert.StartsWith("Sumber: Badan Pusat Statistik", sheet[2][0], StringComparison.Ordinal);
        Assert.StartsWith("Satuan:", sheet[3][0], StringComparison.Ordinal);
        Assert.Equal(["Kode HS", "Negara mitra", "Nilai (US$)", "Pangsa (%)"], sheet[5]);
        Assert.Equal("090111", sheet[6][0]);
        Assert.Equal("100.5", sheet[6][2]);
        var types = TradeApiTests.CellTypes(file.FileContents.ToArray());
        Assert.NotEqual("n", types[6][0] ?? "n");
        Assert.Null(types[6][2]);
    }

    [Fact]
    public void Headers_EveryExportedColumn_HasBothLanguages()
    {
        var keys = TradeFormat.TopHeader.Concat(TradeFormat.BalanceHeader)
            .Concat(["category", "cum_usd", "cum_yoy_pct", "raw_usd", "processed_usd", "unspecified_usd", "total_usd", "raw_share_pct", "processed_share_pct",
                "hs", "partner", "weight_kg", "usd_per_kg", "flag", "year_ago_usd_per_kg", "change_pct", "province_usd", "national_usd", "province_share_pct",
                "national_share_pct", "rca", "advantage", "world_usd", "world_share_pct", "rca_world", "advantage_world", "export_usd", "products", "markets",
                "product_hhi", "product_level", "market_hhi", "market_level", "end_use", "import_usd", "import_year_ago_usd", "import_yoy_pct", "evidence",
                "local_businesses", "local_products", "local_evidence"]).ToList();

        foreach (var language in new[] { "id", "en" })
        {
            Assert.DoesNotContain(DownloadFile.Headers(keys, Texts, DownloadFile.Culture(language)), h => h.StartsWith('['));
        }
    }
}
