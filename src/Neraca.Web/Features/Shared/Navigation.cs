using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Neraca.Web.Features.Shared;

/// <summary>The header menu, one entry per feature: a new feature adds one line here and its texts in texts.tsv.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<(string Path, string TextKey)> Items =
    [
        ("/", "nav.trade"),
        ("/import", "nav.import"),
        ("/commodities", "nav.commodities"),
        ("/markets", "markets.nav"),
        ("/reports", "reports.nav"),
        ("/catalog", "catalog.nav"),
        ("/registry", "nav.registry"),
        ("/data", "nav.data"),
        ("/programs", "nav.programs"),
        ("/inquiries", "Inquiry.nav"),
        ("/api/docs", "nav.api"),
    ];

    public static bool IsCurrent(HttpContext context, string path) =>
        path == "/" ? context.Request.Path == "/" : context.Request.Path.StartsWithSegments(path);
}

/// <summary>
/// Whether a user may open a menu entry, decided by the page's own authorization (its [Authorize] policy, or the
/// fallback policy), so the menu cannot drift from the pages: each role sees only the entries it can open.
/// </summary>
public sealed class MenuAccess(EndpointDataSource endpoints, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    public async Task<bool> CanOpenAsync(ClaimsPrincipal user, string path)
    {
        var endpoint = Find(path);
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true; // not a page of ours (e.g. the API reference) or explicitly public
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? await policies.GetFallbackPolicyAsync();
        return policy is null || (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }

    private RouteEndpoint? Find(string path)
    {
        var wanted = path.Trim('/');
        return endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => string.Equals((e.RoutePattern.RawText ?? "").Trim('/'), wanted, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null ? 1 : 0)
            .FirstOrDefault();
    }
}
