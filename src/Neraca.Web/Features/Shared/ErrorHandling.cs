using Microsoft.Extensions.FileProviders;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// API requests (/api/...) get ProblemDetails for exceptions and bare status codes; pages get the friendly
/// error page. Outside Development neither shows a stack trace.
/// </summary>
public static class ErrorHandling
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication UseNeracaErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/error");
            }

            pages.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        });
        return app;
    }

    /// <summary>
    /// Static files come from the wwwroot folder beside the app's assemblies, which the build fills
    /// (including the npm libraries in lib/): the same in `dotnet run`, `neraca serve` and the test host.
    /// </summary>
    public static WebApplication UseNeracaStaticFiles(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        }
        else
        {
            app.Logger.LogError("Static files folder {Root} is missing: rebuild the app", root);
        }

        return app;
    }
}
