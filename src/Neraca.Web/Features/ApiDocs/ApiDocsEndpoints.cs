using Scalar.AspNetCore;

namespace Neraca.Web.Features.ApiDocs;

/// <summary>
/// The OpenAPI document (`/api/openapi/v1.json`) and the interactive reference at `/api/docs`. Scalar serves its
/// own script from the app (no CDN). Its stock page starts Scalar with an inline script, which the strict CSP
/// forbids, so `/api/docs` is our own small page that loads Scalar and `js/api-docs.js`.
/// </summary>
public static class ApiDocsEndpoints
{
    public const string Path = "/api/docs";
    public const string OpenApiPattern = "/api/openapi/{documentName}.json";

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Neraca API</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        </head>
        <body>
            <nav aria-label="Neraca"><a href="/">&larr; Neraca</a></nav>
            <div id="api-reference" data-openapi="/api/openapi/v1.json"></div>
            <script src="/api/docs/scalar.js"></script>
            <script src="/js/api-docs.js"></script>
        </body>
        </html>
        """;

    /// <summary>
    /// The operation groups in a fixed order. Without it the document lists tags in endpoint order, which is not stable
    /// (endpoints mapped on the app come before group endpoints), and Scalar opens only the first group: when
    /// `/api/catalog` put "Business registry" first, the other groups' operations were not rendered at all.
    /// </summary>
    public static readonly string[] TagOrder = ["Trade figures", "Commodities", "Imports", "Business registry"];

    public static IServiceCollection AddNeracaOpenApi(this IServiceCollection services) => services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
    {
        if (document.Tags is { Count: > 0 } tags)
        {
            var ordered = tags.OrderBy(t => Array.IndexOf(TagOrder, t.Name) is var i and >= 0 ? i : TagOrder.Length).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            tags.Clear();
            foreach (var tag in ordered)
            {
                tags.Add(tag);
            }
        }

        return Task.CompletedTask;
    }));

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi(OpenApiPattern).AllowAnonymous();
        app.MapScalarApiReference(Path, o => o
            .WithTitle("Neraca API")
            .WithOpenApiRoutePattern(OpenApiPattern)
            .DisableDefaultFonts()).AllowAnonymous();
        // A literal route outranks Scalar's `/api/docs/{documentName?}`, so this page wins for `/api/docs`.
        app.MapGet(Path, () => TypedResults.Content(Page, "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
