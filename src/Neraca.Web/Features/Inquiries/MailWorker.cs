using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Neraca.Mail;
using Neraca.Storage;

namespace Neraca.Web.Features.Inquiries;

/// <summary>
/// Server mode: every `Neraca:Mail:PollSeconds` (30 by default) sends the outbox's due messages (docs/decisions/0030).
/// A failure is logged and the messages wait for their next attempt; the worker never stops the server. Without
/// `Neraca:Mail:Host` it is not registered and mail waits for `neraca mail send-queued`.
/// </summary>
public sealed class MailWorker(IServiceScopeFactory scopes, MailSettings settings, IConfiguration configuration, TimeProvider clock, ILogger<MailWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue($"{MailSettings.Section}:PollSeconds", 30.0), 0.2, 3600));
        logger.LogInformation("Mail outbox sent through {Host}:{Port} every {Seconds} s", settings.Host, settings.Port, period.TotalSeconds);
        using var timer = new PeriodicTimer(period, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NeracaDb>();
                db.AuditActor = () => "mail";
                var run = await MailOutbox.SendDueAsync(db, new SmtpMailSender(settings), clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (run.Failed > 0)
                {
                    logger.LogWarning("Mail: {Failed} message(s) not sent, {Waiting} waiting: {Error}", run.Failed, run.Waiting, run.Error);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Mail outbox run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class InquiriesSetup
{
    /// <summary>The rate limit of the public inquiry form: `Neraca:Inquiries:PermitsPerHour` submissions per hour and address (5).</summary>
    public const string SubmitPolicy = "inquiry-submit";

    /// <summary>The submission rate limit, and the mail worker when a mail host is configured.</summary>
    public static IServiceCollection AddInquiries(this IServiceCollection services, IConfiguration configuration)
    {
        // Added to the app's rate limiter (docs/decisions/0030): only posts count, so reading the form is never limited.
        services.AddRateLimiter(o => o.AddPolicy(SubmitPolicy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("inquiry:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, configuration.GetValue("Neraca:Inquiries:PermitsPerHour", 5)),
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("inquiry-read")));
        if (MailSettings.Read(k => configuration[$"{MailSettings.Section}:{k}"]) is { } settings)
        {
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton(settings);
            services.AddHostedService<MailWorker>();
        }

        return services;
    }
}
