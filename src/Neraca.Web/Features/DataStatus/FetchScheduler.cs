using Neraca.DataStatus;
using Neraca.Imports.Fetch;
using Neraca.Storage;
using Neraca.Web.Features.Dashboard;

namespace Neraca.Web.Features.DataStatus;

/// <summary>Settings of the scheduled fetch (`Neraca:Fetch:*`); the key comes from NERACA_BPS_KEY or `Neraca:Fetch:Key`.</summary>
public sealed record FetchJobOptions(string Key, Uri BaseUrl, FetchSchedule Schedule, int HsLevel, IReadOnlyList<string> Chapters, int Budget, short Province)
{
    /// <summary>Null when no key is configured: the server then never calls BPS.</summary>
    public static FetchJobOptions? From(IConfiguration configuration)
    {
        var key = Environment.GetEnvironmentVariable("NERACA_BPS_KEY") is { Length: > 0 } env ? env : configuration["Neraca:Fetch:Key"];
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var url = configuration["Neraca:Fetch:Url"] is { Length: > 0 } u ? new Uri(u.EndsWith('/') ? u : u + "/") : FetchSettings.BpsBaseUrl;
        var chapters = configuration["Neraca:Fetch:Chapters"] is { Length: > 0 } c
            ? c.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(FetchRequest.AllChapters.Contains).ToList()
            : FetchRequest.AllChapters;
        return new FetchJobOptions(key.Trim(), url, new FetchSchedule(configuration["Neraca:Fetch:Schedule"]),
            configuration.GetValue("Neraca:Fetch:HsLevel", 2) == 8 ? 8 : 2, chapters, configuration.GetValue("Neraca:Fetch:Budget", 200),
            DashboardData.HomeProvince(configuration));
    }
}

/// <summary>
/// Server mode: at each scheduled time (10:00 WIB daily by default) fetches the home province's overdue months from
/// the BPS WebAPI and imports them (decision 0026). Runs and errors are in the fetch log shown on `/data`. A failed run
/// is logged and the next one tries again; the job never stops the server.
/// </summary>
public sealed class FetchScheduler(IServiceScopeFactory scopes, FetchJobOptions options, TimeProvider clock, ILogger<FetchScheduler> logger)
    : BackgroundService
{
    public const string Actor = "scheduler";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("BPS fetch scheduled '{Schedule}' (WIB) for province {Province}", options.Schedule.Text, options.Province);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (options.Schedule.Next(now) is not DateTimeOffset next)
            {
                return;
            }

            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Scheduled BPS fetch failed: {Reason}", new FetchSettings(options.BaseUrl, options.Key).Redact(ex.Message));
            }
        }
    }

    public async Task<FetchReport> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
        var plan = await DueFetch.PlanAsync(db, options.Province, ReleaseCalendar.TodayWib(clock), options.HsLevel, options.Chapters, ct);
        var settings = new FetchSettings(options.BaseUrl, options.Key) { RequestBudget = options.Budget };
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var report = await new FetchRun(db, new BpsWebApiClient(http, settings), settings, Actor).RunAsync(plan, replace: true, null, ct);
        logger.LogInformation("Scheduled BPS fetch: {Planned} requests planned, {Sent} sent, stopped: {Stopped}",
            report.Planned, report.Lines.Count, report.StoppedBecause ?? "no");
        return report;
    }
}
