using System.Net;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Trade;

/// <summary>
/// Issue 11: the dashboard and `/commodities` state the like-for-like basis in a footnote when coverage is partial
/// (decision 0014), in both languages; with the same coverage on both sides there is no footnote.
/// </summary>
public class LikeForLikePageTests
{
    [Theory]
    [InlineData(false, "Catatan perbandingan", "Ekspor, Perubahan y-o-y: bab HS 84, 85", "11,99 %")]
    [InlineData(true, "Comparison note", "Exports, Year on year: HS chapters 84, 85", "11.99 %")]
    public async Task Dashboard_IndonesiaJanuary2025_FootnoteStatesChaptersCompared(bool english, string title, string line, string yoy)
    {
        await using var factory = await ImportedAsync();
        using var client = Client(factory, english);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?province=0&period=2025-01&flow=export"));

        Assert.Contains("id=\"basis-note\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(line, html, StringComparison.Ordinal);
        Assert.Contains(yoy, html, StringComparison.Ordinal); // the like-for-like YoY (+11.99 %), not −8.12 %
        Assert.Contains("data-basis=\"top-country\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[dashboard.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SameChaptersBothSides_NoFootnote()
    {
        await using var factory = await ImportedAsync();
        using var client = factory.CreateClient();

        // 2023-06 vs 2023-05 and 2022-06: chapters 84 and 85 on every side.
        var html = await client.GetStringAsync("/?province=0&period=2023-06&flow=export");

        Assert.DoesNotContain("id=\"basis-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-basis=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "hanya atas bab HS yang dimuat pada kedua periode (84, 85)")]
    [InlineData(true, "over the HS chapters loaded in both periods only (84, 85)")]
    public async Task Commodities_Lampung2024_FootnoteStatesChaptersCompared(bool english, string text)
    {
        await using var factory = await ImportedAsync();
        using var client = Client(factory, english);

        using var response = await client.GetAsync(new Uri("/commodities?province=18&period=2024", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"basis-sector\"", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("[commodities.", html, StringComparison.Ordinal);
    }

    private static HttpClient Client(NeracaWebFactory factory, bool english)
    {
        var client = factory.CreateClient();
        if (english)
        {
            client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);
        }

        return client;
    }

    private static async Task<NeracaWebFactory> ImportedAsync()
    {
        var factory = await NeracaWebFactory.CreateAsync();
        foreach (var file in new[] { "exim_ekspor_2020_2024.xlsx", "exim_ekspor_2025.xlsx", Path.Combine("webapi", "trade_exp_monthly_03_2024.json") })
        {
            await using var db = factory.Database.NewContext();
            var summary = await new TradeImporter(db).ImportFileAsync(RepoPaths.Shared("bps", file), new ImportOptions());
            Assert.True(summary.Outcome == ImportOutcome.Imported, file + ": " + string.Join("; ", summary.Errors));
        }

        return factory;
    }
}
