using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Neraca.Web.Features.Accounts;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// Output caching of public pages for anonymous visitors (decision 0029). A page opts in with <see cref="PageCacheAttribute"/>.
/// The rendered page is stored by ASP.NET Core Output Caching under the trade data version (the latest import batch,
/// <see cref="Neraca.Trade.FiguresCache.VersionAsync"/>), the request culture, the exact path and query string and the
/// htmx headers. The layout writes <see cref="Placeholder"/> where the antiforgery request token goes;
/// <see cref="PageCacheMiddleware"/> puts each browser's own token there on every response, hit or miss, so a cached
/// page never carries another browser's token and its forms keep working.
/// </summary>
public static class PageCache
{
    /// <summary>
    /// Written raw where the request token goes. It contains '&lt;' and '&gt;', which Razor always encodes in any text
    /// coming from a request, so a query string can never plant it in a page to have a token echoed back.
    /// </summary>
    public const string Placeholder = "<neraca:antiforgery-request-token>";

    /// <summary>Setting that turns the cache off (default on): `Neraca:PageCache=false`.</summary>
    public const string Setting = "Neraca:PageCache";

    /// <summary>How long a page stays cached at most; a new import changes the key long before that.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddNeracaPageCache(this IServiceCollection services) => services.AddOutputCache();

    /// <summary>After authentication (the anonymity check reads the user) and routing (the attribute is endpoint metadata).</summary>
    public static IApplicationBuilder UseNeracaPageCache(this IApplicationBuilder app) =>
        app.UseMiddleware<PageCacheMiddleware>().UseOutputCache();

    /// <summary>
    /// Only visitors that are certainly anonymous share pages: no sign-in cookie of any kind (even an expired one), no
    /// Authorization header and no authenticated user. Everyone else gets the page rendered for them, as before.
    /// </summary>
    public static bool IsAnonymous(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || context.Request.Headers.ContainsKey("Authorization"))
        {
            return false;
        }

        foreach (var name in context.Request.Cookies.Keys)
        {
            if (name.StartsWith(AccountsSetup.CookieName, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The antiforgery tokens for the layout: on a cacheable request a set holding <see cref="Placeholder"/> (no token
    /// generated, no cookie set while rendering), otherwise the request's own tokens as usual.
    /// </summary>
    public static AntiforgeryTokenSet Tokens(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (context.Features.Get<PageCacheFeature>() is null)
        {
            return antiforgery.GetAndStoreTokens(context);
        }

        var options = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        return new AntiforgeryTokenSet(Placeholder, null, options.FormFieldName, options.HeaderName);
    }

    /// <summary>The request token as HTML: the placeholder raw, a real token encoded.</summary>
    public static IHtmlContent Html(AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var token = tokens.RequestToken ?? "";
        return new HtmlString(string.Equals(token, Placeholder, StringComparison.Ordinal) ? token : HtmlEncoder.Default.Encode(token));
    }
}

/// <summary>Set by <see cref="PageCacheMiddleware"/> on a request whose page may be served from and stored in the cache.</summary>
public sealed record PageCacheFeature(long Version);

/// <summary>
/// Marks a page as cacheable for anonymous visitors and is its output cache policy. Stores only 200 responses that set
/// no cookie and did not ask for no-store (antiforgery does when a real token was rendered after all).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PageCacheAttribute : Attribute, IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Features.Get<PageCacheFeature>() is not { } feature)
        {
            return ValueTask.CompletedTask; // signed in, disabled or not a GET: rendered for this request only
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PageCache.Expiration;
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        var vary = context.CacheVaryByRules;
        vary.VaryByValues["version"] = feature.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        vary.VaryByValues["culture"] = culture is null ? "" : culture.Culture.Name + "|" + culture.UICulture.Name;
        // The page echoes the raw path and query (the language switch's return URL): keyed exactly, case and order included.
        vary.VaryByValues["url"] = http.Request.Path.Value + http.Request.QueryString.Value;
        vary.HeaderNames = new Microsoft.Extensions.Primitives.StringValues(["HX-Request", "HX-History-Restore-Request"]);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
