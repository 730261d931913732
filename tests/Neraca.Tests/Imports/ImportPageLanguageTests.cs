using System.Net;
using Neraca.Accounts;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Imports;

/// <summary>A bad file on `/import`: the errors in the page's language, with file, row and column (issue 13 item 6).</summary>
public class ImportPageLanguageTests
{
    private const string BadCsv = "period,flow,hs_code,country,port,value_usd\n2020-01,export,0901,JAPAN,PANJANG,abc\n2020-03,export,0901,JAPAN,PANJANG,-5";

    private static readonly string[] EnglishPhrases = ["not a number", "negative value", "row 2", "column value_usd", "rejected:", "nothing was written", "row with errors"];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Post_BadFileOnIndonesianPage_ShowsIndonesianErrorsOnly(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using var _client = client;

        var html = await PostAsync(client, "bad.csv");

        Assert.Contains("bad.csv, baris 2, kolom value_usd: bukan angka (nilai &#x27;abc&#x27;)", html, StringComparison.Ordinal);
        Assert.Contains("bad.csv, baris 3, kolom value_usd: nilai negatif", html, StringComparison.Ordinal);
        Assert.Contains("ditolak: 2 kesalahan, tidak ada yang ditulis", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"csv.nan\"", html, StringComparison.Ordinal);
        Assert.All(EnglishPhrases, phrase => Assert.DoesNotContain(phrase, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_BadFileOnEnglishPage_ShowsEnglishErrors()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        var (client, _) = await factory.SignInAsync(Roles.Analyst);
        using var _client = client;
        client.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);

        var html = await PostAsync(client, "bad.csv");

        Assert.Contains("bad.csv, row 2, column value_usd: not a number (value &#x27;abc&#x27;)", html, StringComparison.Ordinal);
        Assert.Contains("rejected: 2 error(s), nothing was written", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bukan angka", html, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, string fileName)
    {
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/import"));
        using var form = HttpHelpers.Upload(fileName, BadCsv, ("__RequestVerificationToken", token));
        using var response = await client.PostAsync("/import", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }
}
