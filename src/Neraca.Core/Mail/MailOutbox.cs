using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Mail;

/// <summary>What one pass over the outbox did.</summary>
public sealed record OutboxRun(int Sent, int Failed, int Waiting, string? Error);

/// <summary>
/// The e-mail outbox (docs/decisions/0030): <see cref="Queue"/> adds a message to the caller's unit of work, so it is
/// saved with the change that causes it or not at all; <see cref="SendDueAsync"/> delivers due messages, marks each sent
/// as soon as the server accepted it, and on failure pushes it back (1, 2, 4... minutes, at most 6 hours) without ever
/// giving up, so an outage delays mail but loses none. Delivery is at least once: a crash between the server's
/// acceptance and the mark can repeat one message, never drop it.
/// </summary>
public static class MailOutbox
{
    public const int MaxAddress = 254;
    public const int MaxSubject = 300;
    public const int BatchSize = 50;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(6);

    public static OutboxMessage Queue(NeracaDb db, string to, string subject, string body, DateTime nowUtc)
    {
        var message = new OutboxMessage
        {
            To = to.Trim(),
            Subject = subject.Length <= MaxSubject ? subject : subject[..MaxSubject],
            Body = body,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>The wait after the n-th failed attempt: 2^(n-1) minutes, capped.</summary>
    public static TimeSpan Backoff(int attempts) =>
        attempts <= 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(Math.Min(MaxDelay.TotalMinutes, Math.Pow(2, Math.Min(attempts - 1, 20))));

    public static async Task<OutboxRun> SendDueAsync(NeracaDb db, IMailSender sender, DateTime nowUtc, CancellationToken ct = default)
    {
        var due = await db.OutboxMessages.Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= nowUtc)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return new OutboxRun(0, 0, await WaitingAsync(db, ct), null);
        }

        IMailConnection connection;
        try
        {
            connection = await sender.ConnectAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            foreach (var m in due)
            {
                Fail(m, ex, nowUtc);
            }

            await db.SaveChangesAsync(ct);
            return new OutboxRun(0, due.Count, await WaitingAsync(db, ct), ex.Message);
        }

        var (sent, failed) = (0, 0);
        string? error = null;
        await using (connection)
        {
            foreach (var m in due)
            {
                try
                {
                    await connection.SendAsync(m, ct);
                    m.Attempts++;
                    m.SentAtUtc = nowUtc;
                    m.LastError = null;
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    Fail(m, ex, nowUtc);
                    error = ex.Message;
                    failed++;
                }

                // Saved after each message: what the server accepted is marked even if a later one breaks the run.
                await db.SaveChangesAsync(ct);
            }
        }

        return new OutboxRun(sent, failed, await WaitingAsync(db, ct), error);
    }

    private static void Fail(OutboxMessage m, Exception ex, DateTime nowUtc)
    {
        m.Attempts++;
        m.NextAttemptAtUtc = nowUtc + Backoff(m.Attempts);
        var reason = string.Create(CultureInfo.InvariantCulture, $"{ex.GetType().Name}: {ex.Message}");
        m.LastError = reason.Length <= 500 ? reason : reason[..500];
    }

    private static Task<int> WaitingAsync(NeracaDb db, CancellationToken ct) => db.OutboxMessages.CountAsync(m => m.SentAtUtc == null, ct);
}
