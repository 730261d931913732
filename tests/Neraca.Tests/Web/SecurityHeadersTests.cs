using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web;

public class SecurityHeadersTests
{
    public static TheoryData<string, HttpStatusCode, string> Responses => new()
    {
        { "/", HttpStatusCode.OK, "text/html" },
        { "/import", HttpStatusCode.OK, "text/html" },
        { "/api/imports", HttpStatusCode.OK, "application/json" },
        { "/api/openapi/v1.json", HttpStatusCode.OK, "application/json" },
        { "/css/site.css", HttpStatusCode.OK, "text/css" },
        { "/lib/htmx.min.js", HttpStatusCode.OK, "text/javascript" },
        { "/lib/echarts.min.js", HttpStatusCode.OK, "text/javascript" },
        { "/no-such-page", HttpStatusCode.NotFound, "text/html" },
        { "/api/no-such-endpoint", HttpStatusCode.NotFound, "application/problem+json" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponse_CarriesSecurityHeaders(string path, HttpStatusCode status, string mediaType)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task StaticFiles_AreServedWithContent()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        var htmx = await client.GetStringAsync("/lib/htmx.min.js");
        var echarts = await client.GetStringAsync("/lib/echarts.min.js");

        Assert.Contains("htmx", htmx, StringComparison.Ordinal);
        Assert.True(htmx.Length > 10_000, "htmx.min.js is served whole");
        Assert.True(echarts.Length > 100_000, "echarts.min.js is served whole");
    }

    [Fact]
    public async Task ErrorPage_ShowsNoStackTrace()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Neraca.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsOrStyles()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/import", "/api/docs", "/no-such-page" })
        {
            var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ApiDocs_ServesScalarFromTheApp()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/api/docs");
        using var script = await client.GetAsync("/api/docs/scalar.js");
        var openApi = await client.GetStringAsync("/api/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(SecurityHeaders.ApiDocsContentSecurityPolicy, Header(page, "Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/api/imports", openApi, StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;
}
