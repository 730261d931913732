using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// API endpoints that change data accept scripts' API tokens without antiforgery; a request that relies on the
/// session cookie instead must carry the antiforgery token in its header (as htmx does), else 400.
/// </summary>
public static class CookieAntiforgery
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (!ApiTokenHandler.HasBearer(context.Request))
        {
            var header = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName ?? "RequestVerificationToken";
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!context.Request.Headers.ContainsKey(header))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing",
                    detail: $"Send an API token (Authorization: Bearer) or the antiforgery token in the {header} header.");
            }

            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid antiforgery token");
            }
        }

        return await next(invocation);
    }
}
