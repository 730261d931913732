namespace Neraca.Web;

/// <summary>Builds the web application; used by Program, the CLI's `serve` and the test host.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok("ok")).AllowAnonymous();
        return app;
    }
}
