using Neraca.Web.Features.Accounts;
using Neraca.Web.Features.ApiDocs;
using Neraca.Web.Features.Catalog;
using Neraca.Web.Features.Commodities;
using Neraca.Web.Features.Dashboard;
using Neraca.Web.Features.DataStatus;
using Neraca.Web.Features.Imports;
using Neraca.Web.Features.Inquiries;
using Neraca.Web.Features.Markets;
using Neraca.Web.Features.Programs;
using Neraca.Web.Features.Registry;
using Neraca.Web.Features.Reports;
using Neraca.Web.Features.Shared;
using Neraca.Web.Features.Trade;

namespace Neraca.Web;

/// <summary>Builds the web application; used by Program, the CLI's `serve` and the test host.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor Pages and endpoints live in this assembly, whichever process hosts it (the CLI's is `neraca`).
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });

        // EF Core logs every command at Information: useful when debugging, noise for an office server.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.ConfigureNeracaHosting();
        builder.Services.AddNeracaDatabase();
        builder.Services.AddNeracaLocalization();
        builder.Services.AddNeracaAuthorization();
        builder.Services.AddNeracaAccounts();
        builder.Services.AddProblemDetails();
        builder.Services.AddNeracaOpenApi();
        builder.Services.AddAntiforgery();
        builder.Services.AddNeracaPageCache();
        builder.Services
            .AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.Services.AddImports();
        builder.Services.AddDataStatus(builder.Configuration);
        builder.Services.AddHostedService<Features.Reports.OwedReportWriter>();
        builder.Services.AddInquiries(builder.Configuration);

        var app = builder.Build();

        app.UseSecurityHeaders();
        app.UseNeracaErrorHandling();
        app.UseNeracaStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAdminTwoFactorRequirement();
        app.UseAntiforgery();
        app.UseNeracaPageCache();

        app.MapGet("/health", () => TypedResults.Ok("ok")).ExcludeFromDescription().AllowAnonymous();
        app.MapApiDocs();
        app.MapCultureSwitch();
        app.MapImports();
        app.MapTrade();
        app.MapRegistry();
        app.MapPrograms();
        app.MapDashboard();
        app.MapCommodities();
        app.MapDataStatus();
        app.MapMarkets();
        app.MapReports();
        app.MapCatalog();
        app.MapInquiries();
        app.MapRazorPages();
        return app;
    }
}
