using System.Globalization;

namespace Neraca.Mail;

/// <summary>How the SMTP connection is secured: none (local relay), STARTTLS, or TLS from the first byte (port 465).</summary>
public enum MailSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary>
/// The SMTP server, from settings `Neraca:Mail:Host/Port/From/User/Password/Security` (environment variables
/// `Neraca__Mail__Host`...). The password is never in the repository: it comes from the environment or the server's own
/// settings file. Without a host nothing is sent and messages wait in the outbox.
/// </summary>
public sealed record MailSettings(string Host, int Port, string From, string? User, string? Password, MailSecurity Security)
{
    public const string Section = "Neraca:Mail";

    /// <summary>Null when no host is set. <paramref name="get"/> reads a key under <see cref="Section"/> (e.g. "Host").</summary>
    public static MailSettings? Read(Func<string, string?> get)
    {
        var host = get("Host");
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var port = int.TryParse(get("Port"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : 25;
        var security = Enum.TryParse<MailSecurity>(get("Security"), true, out var s) ? s : MailSecurity.None;
        var from = get("From") is { Length: > 0 } f ? f : "neraca@localhost";
        return new MailSettings(host.Trim(), port, from.Trim(), get("User") is { Length: > 0 } u ? u : null, get("Password") is { Length: > 0 } pw ? pw : null, security);
    }
}
