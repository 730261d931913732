using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web.Dashboard;

/// <summary>
/// The dashboard's page cache (decision 0029): anonymous pages come from the output cache (a hit carries an Age
/// header) keyed by the latest import batch, culture, exact URL and htmx headers, with each browser's own
/// antiforgery token put in on every response.
/// </summary>
public partial class DashboardPageCacheTests
{
    private const string Page = "/?province=18&period=2024-11&flow=export";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_CacheHit_EqualsUncachedPageApartFromToken(Engine engine)
    {
        await using var factory = await WithDataAsync(engine);
        await using var uncached = await NeracaWebFactory.CreateAsync(engine, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Neraca"] = factory.Database.ConnectionString,
            [PageCache.Setting] = "false",
        });

        var (first, firstHtml) = await GetAsync(factory.CreateClient(), Page);
        var (hit, hitHtml) = await GetAsync(factory.CreateClient(), Page);
        var (plain, plainHtml) = await GetAsync(uncached.CreateClient(), Page);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(hit.Headers.Age);
        Assert.Null(plain.Headers.Age);
        Assert.Contains("first.csv", hitHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(PageCache.Placeholder, hitHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(PageCache.Placeholder), hitHtml, StringComparison.Ordinal);
        Assert.NotEqual(Tokens(firstHtml), Tokens(hitHtml));
        Assert.Equal(WithoutTokens(plainHtml), WithoutTokens(hitHtml));
        Assert.Equal(WithoutTokens(firstHtml), WithoutTokens(hitHtml));
        Assert.Equal(Encoding.UTF8.GetByteCount(hitHtml), hit.Content.Headers.ContentLength);
        Assert.Equal(plain.Headers.CacheControl?.ToString(), hit.Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ImportInThisProcess_NextRequestShowsIt(Engine engine)
    {
        await using var factory = await WithDataAsync(engine);
        using var client = factory.CreateClient();
        await GetAsync(client, Page);
        var (hit, before) = await GetAsync(client, Page);
        Assert.NotNull(hit.Headers.Age);
        Assert.Contains("US$ 400.000.000,00", before, StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ImportAsync(scope.ServiceProvider.GetRequiredService<NeracaDb>(), "second.csv", 500000000);
        }

        var (_, html) = await GetAsync(client, Page);
        Assert.Contains("second.csv", html, StringComparison.Ordinal);
        Assert.Contains("US$ 500.000.000,00", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ImportByAnotherProcess_ShownWithinOneSecond(Engine engine)
    {
        await using var factory = await WithDataAsync(engine);
        using var client = factory.CreateClient();
        await GetAsync(client, Page);
        Assert.NotNull((await GetAsync(client, Page)).Response.Headers.Age);

        // Another process: the same database through a connection string this server never sees, so nothing in
        // this process is told about the import; only the batch version check can notice it.
        await using (var other = DbFactory.Create(factory.Database.ConnectionString + ";"))
        {
            await ImportAsync(other, "other-process.csv", 700000000);
        }

        // A request sent once 1 s has passed must show it (a request sent earlier may or may not, and on a loaded
        // machine one sent in time can answer after the second).
        var clock = Stopwatch.StartNew();
        if (TimeSpan.FromSeconds(1) - clock.Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait);
        }

        var (_, html) = await GetAsync(client, Page);
        Assert.True(html.Contains("other-process.csv", StringComparison.Ordinal), $"still the old page {clock.ElapsedMilliseconds} ms after the import");
    }

    [Fact]
    public async Task Dashboard_Culture_VariesByCookieAndQuery()
    {
        await using var factory = await WithDataAsync(Engine.Sqlite);
        using var indonesian = factory.CreateClient();
        using var english = factory.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", HttpHelpers.EnglishCookie);

        var (_, id1) = await GetAsync(indonesian, Page);
        var (_, id2) = await GetAsync(indonesian, Page);
        var (_, en) = await GetAsync(english, Page);
        var (_, enByQuery) = await GetAsync(indonesian, Page + "&culture=en-US");

        Assert.Contains("<html lang=\"id\">", id2, StringComparison.Ordinal);
        Assert.Contains("November 2024", id1, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Trade balance", en, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", enByQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_SignedIn_NeverServedFromOrStoredInTheCache()
    {
        await using var factory = await WithDataAsync(Engine.Sqlite);
        var (staff, user) = await factory.SignInAsync(Roles.Analyst);
        using var anonymous = factory.CreateHttpsClient(); // same scheme and host as the others: the same cache key but for the user
        var (bearer, _, _) = await factory.TokenClientAsync(Roles.Analyst);

        var (signedIn1, staffHtml) = await GetAsync(staff, Page);
        var (anon1, anonHtml) = await GetAsync(anonymous, Page);
        var (anon2, _) = await GetAsync(anonymous, Page);
        var (signedIn2, staffHtml2) = await GetAsync(staff, Page);
        var (withToken, _) = await GetAsync(bearer, Page);

        Assert.Null(signedIn1.Headers.Age);
        Assert.Null(anon1.Headers.Age); // the signed-in page before it was not stored
        Assert.NotNull(anon2.Headers.Age);
        Assert.Null(signedIn2.Headers.Age);
        Assert.Null(withToken.Headers.Age);
        Assert.Contains(user.Email!, staffHtml, StringComparison.Ordinal);
        Assert.Contains(user.Email!, staffHtml2, StringComparison.Ordinal);
        Assert.Contains("/account/logout", staffHtml2, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Email!, anonHtml, StringComparison.Ordinal);
        Assert.Contains("/account/login", anonHtml, StringComparison.Ordinal);
        staff.Dispose();
        bearer.Dispose();
    }

    [Fact]
    public async Task Dashboard_HtmxPartial_CachedApartFromTheFullPage()
    {
        await using var factory = await WithDataAsync(Engine.Sqlite);
        using var client = factory.CreateClient();

        await GetAsync(client, Page);
        var (htmx1, partial) = await GetAsync(client, Page, htmx: true);
        var (htmx2, partial2) = await GetAsync(client, Page, htmx: true);
        var (full, page) = await GetAsync(client, Page);

        Assert.Null(htmx1.Headers.Age);
        Assert.NotNull(htmx2.Headers.Age);
        Assert.NotNull(full.Headers.Age);
        Assert.DoesNotContain("<html", partial, StringComparison.Ordinal);
        Assert.Equal(partial, partial2);
        Assert.Contains("<html", page, StringComparison.Ordinal);
        Assert.False(htmx2.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_TwoBrowsersAfterHit_EachTokenWorksWithItsOwnCookieOnly(Engine engine)
    {
        await using var factory = await WithDataAsync(engine);
        using var a = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var b = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (_, pageA) = await GetAsync(a, Page);
        var (hitB, pageB) = await GetAsync(b, Page);
        var (hitA, pageA2) = await GetAsync(a, Page);

        Assert.NotNull(hitB.Headers.Age);
        Assert.NotNull(hitA.Headers.Age);
        Assert.True(hitB.Headers.Contains("Set-Cookie")); // b's own antiforgery cookie, set on a cache hit
        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(a, HttpHelpers.FormToken(pageB))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(b, HttpHelpers.FormToken(pageB))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SwitchAsync(a, HttpHelpers.FormToken(pageA2))).StatusCode);
        Assert.Equal(HttpHelpers.FormToken(pageB), MetaToken(pageB));
        Assert.NotEqual(HttpHelpers.FormToken(pageA), HttpHelpers.FormToken(pageB));
    }

    private static async Task<NeracaWebFactory> WithDataAsync(Engine engine)
    {
        var factory = await NeracaWebFactory.CreateAsync(engine);
        await using var db = factory.Database.NewContext();
        await ImportAsync(db, "first.csv", 400000000);
        return factory;
    }

    private static async Task ImportAsync(NeracaDb db, string fileName, long exports)
    {
        var csv = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"period,flow,province,value_usd\n2024-11,export,18,{exports}\n2024-11,import,18,300000000\n");
        var summary = await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), fileName, new ImportOptions { Replace = true });
        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string url, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SwitchAsync(HttpClient client, string token) =>
        client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = Page,
            ["__RequestVerificationToken"] = token,
        }));

    private static string MetaToken(string html) => MetaPattern().Match(html).Groups[1].Value;

    private static string Tokens(string html) => HttpHelpers.FormToken(html) + " " + MetaToken(html);

    private static string WithoutTokens(string html) =>
        MetaPattern().Replace(FormPattern().Replace(html, "value=\"TOKEN\""), "content=\"TOKEN\"");

    [GeneratedRegex("<meta name=\"antiforgery-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaPattern();

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]+\"")]
    private static partial Regex FormPattern();
}
