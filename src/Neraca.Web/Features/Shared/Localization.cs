using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Neraca.Common;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// Bahasa Indonesia by default, English on request. The user's choice (cookie `.AspNetCore.Culture`, set by the
/// language switch, or `?culture=` in a link) is the only thing that changes the language: the browser's
/// Accept-Language is deliberately not used, so an office PC set up in English still opens in Indonesian.
/// </summary>
public static class Localization
{
    public static readonly CultureInfo[] Cultures = [Formatting.Indonesian, Formatting.English];

    public static IServiceCollection AddNeracaLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Formatting.Indonesian);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        services.AddSingleton<Texts>();
        return services;
    }

    /// <summary>`POST /culture` (form: culture, returnUrl): stores the choice in the culture cookie for a year.</summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapPost("/culture", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context) =>
        {
            var chosen = Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) ?? Formatting.Indonesian;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                });
            var target = returnUrl is { Length: > 0 } && IsLocal(returnUrl) ? returnUrl : "/";
            return TypedResults.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    /// <summary>
    /// A path on this site. Control characters and backslashes are refused outright: browsers drop tabs and line
    /// breaks, so "/\t/evil.example" would become "//evil.example", and LocalRedirect throws on them (was a 500).
    /// </summary>
    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || c == '\\' || char.IsWhiteSpace(c));
}
