using Microsoft.Extensions.Options;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Web.Features.Accounts;

/// <summary>
/// Removes the counts of refused anonymous requests older than <see cref="SecurityOptions.DeniedRequestRetentionDays"/>
/// (issue 12, security 3; decision 0033): at start and then every <see cref="Interval"/>. A failed run is logged and
/// the next one tries again; the job never stops the server.
/// </summary>
public sealed class DeniedRequestCleanup(IServiceScopeFactory scopes, IOptions<SecurityOptions> options, TimeProvider clock, ILogger<DeniedRequestCleanup> logger)
    : BackgroundService
{
    /// <summary>Retention is counted in days; six-hourly runs keep the table within a quarter of a day of it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Removing old denied-request counts failed");
            }

            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var days = Math.Max(1, options.Value.DeniedRequestRetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
        var removed = await DeniedRequests.PurgeAsync(db, clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(days), ct);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Rows} denied-request counts older than {Days} days", removed, days);
        }

        return removed;
    }
}
