using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.HttpResults;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Catalog;

/// <summary>
/// The public catalog over HTTP (no sign-in): `GET /api/catalog/businesses?q=&amp;hs=&amp;certification=&amp;regency=`,
/// `GET /api/catalog/businesses/{id}` and `/sitemap.xml`. Cacheable: a strong ETag of the content (304 when the client has
/// it) and Cache-Control public for 5 minutes. Only the whitelisted fields of <see cref="PublicBusiness"/>.
/// </summary>
public static class CatalogEndpoints
{
    public const string CacheControl = "public, max-age=300";

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/catalog/businesses").WithTags("Public catalog").RequireAuthorization(AuthPolicies.PublicData);
        group.MapGet("", SearchAsync).WithName("CatalogSearch")
            .WithSummary("Consenting, verified businesses and their products: search by product text (q), HS code prefix, certification type and regency code; no personal data");
        group.MapGet("/{id:int}", GetAsync).WithName("CatalogBusiness").WithSummary("One business of the public catalog; 404 when not listed");
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription().RequireAuthorization(AuthPolicies.PublicData);
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<PublicBusiness>>, StatusCodeHttpResult, ValidationProblem>> SearchAsync(
        HttpContext context, NeracaDb db, string? q, string? hs, string? certification, string? regency, CancellationToken ct)
    {
        if ((q?.Length ?? 0) > PublicCatalog.MaxQueryLength || (hs?.Length ?? 0) > 10 || (certification?.Length ?? 0) > 30)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"search texts are limited to {PublicCatalog.MaxQueryLength} characters"] });
        }

        short? r = null;
        if (!string.IsNullOrWhiteSpace(regency))
        {
            if (!short.TryParse(regency.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regency"] = [$"regency must be a BPS regency code such as 1801, not '{regency}'"] });
            }

            r = code;
        }

        var result = await PublicCatalog.SearchAsync(db, q, hs, certification, r, DateOnly.FromDateTime(DateTime.UtcNow), ct);
        return Cached(context, result) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(result);
    }

    internal static async Task<Results<Ok<PublicBusiness>, StatusCodeHttpResult, NotFound>> GetAsync(HttpContext context, NeracaDb db, int id, CancellationToken ct)
    {
        var business = await PublicCatalog.GetAsync(db, id, DateOnly.FromDateTime(DateTime.UtcNow), ct);
        if (business is null)
        {
            return TypedResults.NotFound();
        }

        return Cached(context, business) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(business);
    }

    internal static async Task<IResult> SitemapAsync(HttpContext context, NeracaDb db, CancellationToken ct)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = new[] { "/catalog" }.Concat((await PublicCatalog.IdsAsync(db, ct)).Select(id => "/catalog/" + id.ToString(CultureInfo.InvariantCulture)));
        var xml = new XDocument(new XElement(ns + "urlset", urls.Select(u => new XElement(ns + "url", new XElement(ns + "loc", origin + u)))));
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml.ToString(SaveOptions.DisableFormatting);
        context.Response.Headers.CacheControl = CacheControl;
        return Results.Text(body, "application/xml", Encoding.UTF8);
    }

    /// <summary>Sets ETag and Cache-Control; true when the client's If-None-Match already holds this content.</summary>
    public static bool Cached<T>(HttpContext context, T value)
    {
        var tag = PublicCatalog.ETag(value);
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = CacheControl;
        return context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*"));
    }
}
