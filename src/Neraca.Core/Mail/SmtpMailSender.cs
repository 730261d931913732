using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Neraca.Mail;

/// <summary>Delivers messages; the outbox calls it with one batch at a time.</summary>
public interface IMailSender
{
    /// <summary>Opens the connection; an exception means the server cannot be reached (every message stays queued).</summary>
    Task<IMailConnection> ConnectAsync(CancellationToken ct);
}

public interface IMailConnection : IAsyncDisposable
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>SMTP through MailKit: one connection per batch, plain text UTF-8 messages.</summary>
public sealed class SmtpMailSender(MailSettings settings) : IMailSender
{
    /// <summary>A dead server must not hold the worker for MailKit's default two minutes.</summary>
    private static readonly int TimeoutMs = 20_000;

    public async Task<IMailConnection> ConnectAsync(CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = TimeoutMs };
        try
        {
            var options = settings.Security switch
            {
                MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
                MailSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(settings.Host, settings.Port, options, ct);
            if (settings.User is not null)
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            }

            return new Connection(client, settings.From);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Connection(SmtpClient client, string from) : IMailConnection
    {
        public async Task SendAsync(OutboxMessage message, CancellationToken ct)
        {
            using var mime = new MimeMessage();
            mime.From.Add(MailboxAddress.Parse(from));
            mime.To.Add(MailboxAddress.Parse(message.To));
            mime.Subject = message.Subject;
            mime.Body = new TextPart("plain") { Text = message.Body };
            // A stable Message-Id per outbox row: a retry after a lost reply can be recognised as the same message.
            mime.MessageId = $"outbox-{message.Id}@neraca";
            await client.SendAsync(mime, ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
            {
                // Messages already sent were accepted; a failed QUIT changes nothing.
            }

            client.Dispose();
        }
    }
}
