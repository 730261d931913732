namespace Neraca.Web.Features.Shared;

/// <summary>The header menu, one entry per feature: a new feature adds one line here and its texts in texts.tsv.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<(string Path, string TextKey)> Items =
    [
        ("/", "nav.trade"),
        ("/import", "nav.import"),
        ("/commodities", "nav.commodities"),
        ("/registry", "nav.registry"),
        ("/api/docs", "nav.api"),
    ];

    public static bool IsCurrent(HttpContext context, string path) =>
        path == "/" ? context.Request.Path == "/" : context.Request.Path.StartsWithSegments(path);
}
