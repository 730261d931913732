using Neraca.Reports;
using Neraca.Storage;

namespace Neraca.Web.Features.Reports;

/// <summary>
/// Server mode: writes the monthly reports imported batches owe (docs/decisions/0024), whichever process imported
/// them (the web upload, the scheduled fetch, the CLI with --reports-later). Checks one indexed flag every
/// <c>Neraca:Reports:CheckSeconds</c> (2 s): writing a national file's 38 reports took longer than its import, so the
/// import answers first and the reports follow within seconds. A failing batch stays owed and is retried after
/// <see cref="RetryAfterFailure"/>, so a broken report cannot keep the server busy.
/// </summary>
public sealed class OwedReportWriter(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OwedReportWriter> logger) : BackgroundService
{
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Neraca:Reports:CheckSeconds", 2.0), 0.1, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = every;
            try
            {
                wait = await WriteOnceAsync(stoppingToken) ? every : RetryAfterFailure;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be migrating, locked by an import or briefly unreachable: try again later.
                logger.LogWarning("Owed monthly reports not checked: {Reason}", ex.Message);
            }

            await Task.Delay(wait, stoppingToken);
        }
    }

    /// <returns>false when a batch's reports failed.</returns>
    private async Task<bool> WriteOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
        if (!await ReportStore.AnyOwedAsync(db, ct))
        {
            return true;
        }

        var owed = await new ReportStore(db).WriteOwedAsync(ct);
        foreach (var error in owed.Errors)
        {
            logger.LogError("Monthly reports not written (still owed): {Error}", error);
        }

        logger.LogInformation("Monthly reports written: {Count} for {Batches} batch(es)", owed.Written.Count, owed.Batches);
        return owed.Errors.Count == 0;
    }
}
