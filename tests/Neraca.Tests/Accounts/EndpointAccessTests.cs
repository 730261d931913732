using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Neraca.Accounts;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Deny by default, proven by walking every registered page and endpoint; and the role × endpoint matrix.</summary>
public class EndpointAccessTests
{
    /// <summary>The explicit public list: everything else must refuse anonymous requests.</summary>
    private static readonly string[] PublicRoutes =
    [
        "/", "/dashboard/download", "/error", "/account/login", "/account/login-2fa", "/health", "/culture",
        "/api/docs", "/api/docs/{documentName?}", "/api/openapi/{documentName}.json",
        "/api/docs/scalar.js", "/api/docs/scalar.aspnetcore.js", "/api/docs/favicon.svg",
        "/api/catalog", "/api/registry/photos/{photoId}",
        "/api/programs/open", "/api/programs/certificates/{code}", "/programs/open", "/programs/certificate/{code}",
        "/inquiry", "/inquiry/sent", "/inquiry/confirm",
    ];

    private static bool IsPublic(string route) =>
        PublicRoutes.Contains(route, StringComparer.Ordinal) || route.StartsWith("/api/trade/", StringComparison.Ordinal)
        || route.StartsWith("/api/commodities/", StringComparison.Ordinal) || route == "/commodities"
        || route.StartsWith("/api/catalog/", StringComparison.Ordinal) || route.StartsWith("/catalog", StringComparison.Ordinal) || route == "/sitemap.xml"
        // The monthly trade report restates BPS's public release: open data like /api/trade (issue 16).
        || route.StartsWith("/api/reports", StringComparison.Ordinal) || route.StartsWith("/reports", StringComparison.Ordinal);

    [Fact]
    public async Task EveryEndpoint_Anonymous_IsRefusedUnlessOnThePublicList()
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateHttpsClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var checkedProtected = 0;
        var failures = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (isPage ? ["GET", "POST"] : ["GET"]);
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route));
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                using var response = await client.SendAsync(request);
                // The authentication challenge's redirect (a page's own redirect to the login form has no ReturnUrl).
                var toLogin = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.OriginalString.Contains("/account/login?ReturnUrl=", StringComparison.Ordinal);
                var refused = response.StatusCode == HttpStatusCode.Unauthorized || toLogin;
                if (IsPublic(route))
                {
                    if (refused)
                    {
                        failures.Add($"{method} {route}: public, but anonymous got {(int)response.StatusCode}");
                    }

                    continue;
                }

                checkedProtected++;
                var expected = route.StartsWith("/api/", StringComparison.Ordinal) ? response.StatusCode == HttpStatusCode.Unauthorized : toLogin;
                if (!expected)
                {
                    failures.Add($"{method} {route}: anonymous got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedProtected >= 10, $"only {checkedProtected} protected endpoint/method pairs found");
    }

    public static TheoryData<string, string, string, HttpStatusCode> Matrix => new()
    {
        { Roles.Business, "POST", "/api/imports", HttpStatusCode.Forbidden },
        { Roles.Officer, "POST", "/api/imports", HttpStatusCode.Forbidden },
        { Roles.Analyst, "POST", "/api/imports", HttpStatusCode.OK },
        { Roles.Admin, "POST", "/api/imports", HttpStatusCode.OK },
        { Roles.Business, "GET", "/api/imports", HttpStatusCode.Forbidden },
        { Roles.Analyst, "GET", "/api/imports", HttpStatusCode.OK },
        { Roles.Business, "GET", "/import", HttpStatusCode.Forbidden },
        { Roles.Officer, "GET", "/import", HttpStatusCode.Forbidden },
        { Roles.Analyst, "GET", "/import", HttpStatusCode.OK },
        { Roles.Admin, "GET", "/import", HttpStatusCode.OK },
        { Roles.Analyst, "GET", "/admin/users", HttpStatusCode.Forbidden },
        { Roles.Officer, "GET", "/admin/users", HttpStatusCode.Forbidden },
        { Roles.Business, "GET", "/admin/audit", HttpStatusCode.Forbidden },
        { Roles.Admin, "GET", "/admin/users", HttpStatusCode.OK },
        { Roles.Admin, "GET", "/admin/audit", HttpStatusCode.OK },
        { Roles.Business, "GET", "/account/tokens", HttpStatusCode.OK },
        { Roles.Analyst, "GET", "/account/tokens", HttpStatusCode.OK },
    };

    /// <summary>API calls go with an API token (as scripts do), pages with a session from the real login form.</summary>
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RoleMatrix_Holds(string role, string method, string path, HttpStatusCode expected)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = path.StartsWith("/api/", StringComparison.Ordinal)
            ? (await factory.TokenClientAsync(role)).Client
            : (await factory.SignInAsync(role)).Client;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = HttpHelpers.Upload("m" + TestFormats.Extension, TestFormats.Valid(), ("dryRun", "true"));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private static string Concrete(string route) => System.Text.RegularExpressions.Regex.Replace(
        route.Replace("{documentName}", "v1", StringComparison.Ordinal), "\\{[^}]+\\}", "x");
}
