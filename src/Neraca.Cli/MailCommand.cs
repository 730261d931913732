using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Neraca.Mail;
using Neraca.Trade;

namespace Neraca.Cli;

/// <summary>
/// `neraca mail send-queued [--host H --port P --from ADDR]`: sends the outbox's due messages once, for offices without
/// a running server (docs/decisions/0030). The server comes from the options, else the environment variables the web
/// server reads (`Neraca__Mail__Host`, `__Port`, `__From`, `__User`, `__Password`, `__Security`). Exit 1 when a
/// message could not be sent (it stays queued for the next run).
/// </summary>
internal static class MailCommand
{
    private static readonly Option<string?> Host = new("--host") { Description = "SMTP server (default: $Neraca__Mail__Host)" };
    private static readonly Option<int?> Port = new("--port") { Description = "SMTP port (default: $Neraca__Mail__Port, else 25)" };
    private static readonly Option<string?> From = new("--from") { Description = "sender address (default: $Neraca__Mail__From)" };
    private static readonly Option<bool> All = new("--all") { Description = "also retry messages whose next attempt is not due yet" };

    public static Command Create()
    {
        var send = new Command("send-queued", "Send the e-mails waiting in the outbox (confirmation links, notices)") { Host, Port, From, All };
        send.SetAction((result, ct) => TradeCli.GuardAsync(() => SendAsync(result, ct)));
        return new Command("mail", "The e-mail outbox") { send };
    }

    private static async Task<int> SendAsync(ParseResult result, CancellationToken ct)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Host"] = result.GetValue(Host),
            ["Port"] = result.GetValue(Port)?.ToString(CultureInfo.InvariantCulture),
            ["From"] = result.GetValue(From),
        };
        var settings = MailSettings.Read(k => overrides.GetValueOrDefault(k) ?? environment[$"{MailSettings.Section}:{k}"])
            ?? throw new TradeArgumentException("--host", "no SMTP server: give --host or set Neraca__Mail__Host");
        await using var db = await CliOptions.OpenAsync(result, ct);
        var now = DateTime.UtcNow;
        var run = await MailOutbox.SendDueAsync(db, new SmtpMailSender(settings), result.GetValue(All) ? DateTime.MaxValue : now, ct);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"sent {run.Sent}, failed {run.Failed}, waiting {run.Waiting}"));
        if (run.Error is not null)
        {
            await Console.Error.WriteLineAsync("error: " + run.Error);
        }

        return run.Failed > 0 ? 1 : 0;
    }
}
