using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Neraca.Accounts;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web;

public class SecurityHeadersTests
{
    public static TheoryData<string?, string, HttpStatusCode, string?> Responses => new()
    {
        { null, "/", HttpStatusCode.OK, "text/html" },
        { Roles.Analyst, "/import", HttpStatusCode.OK, "text/html" },
        { Roles.Analyst, "/api/imports", HttpStatusCode.OK, "application/json" },
        { null, "/api/openapi/v1.json", HttpStatusCode.OK, "application/json" },
        { null, "/css/site.css", HttpStatusCode.OK, "text/css" },
        { null, "/lib/htmx.min.js", HttpStatusCode.OK, "text/javascript" },
        { null, "/lib/echarts.min.js", HttpStatusCode.OK, "text/javascript" },
        { null, "/no-such-page", HttpStatusCode.NotFound, "text/html" },
        { null, "/api/no-such-endpoint", HttpStatusCode.NotFound, "application/problem+json" },
        { null, "/api/imports", HttpStatusCode.Unauthorized, "application/problem+json" },
        { null, "/import", HttpStatusCode.Redirect, null },
        { Roles.Business, "/api/imports", HttpStatusCode.Forbidden, "application/problem+json" },
        { Roles.Business, "/import", HttpStatusCode.Forbidden, "text/html" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponse_CarriesSecurityHeaders(string? role, string path, HttpStatusCode status, string? mediaType)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = role is null ? factory.CreateHttpsClient() : (await factory.SignInAsync(role)).Client;

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task RateLimited_429_CarriesSecurityHeaders()
    {
        await using var factory = await NeracaWebFactory.CreateAsync(settings: new() { ["Neraca:Security:ApiPermitsPerMinute"] = "2" });
        using var client = factory.CreateHttpsClient();

        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/api/openapi/v1.json")).Dispose();
        }

        using var response = await client.GetAsync("/api/openapi/v1.json");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
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
        using var client = (await factory.SignInAsync(Roles.Admin)).Client;

        foreach (var path in new[] { "/", "/import", "/api/docs", "/no-such-page", "/account/login", "/account/tokens", "/account/2fa-setup", "/admin/users", "/admin/audit" })
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
