using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Neraca.Tests.Inquiries;

/// <summary>
/// A real SMTP server for the tests: Debian's python3-aiosmtpd (scripts/install-deps.sh) on a free local port, storing
/// what arrives in a Maildir the tests read. <see cref="StartAsync"/> can be called after the code under test already
/// tried the port, to test an outage and its recovery. A missing aiosmtpd fails the test, never skips it.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly string maildir = Path.Combine(Path.GetTempPath(), $"neraca-smtp-{Guid.NewGuid():N}");
    private Process? process;

    public int Port { get; } = FreePort();

    public static async Task<SmtpTestServer> StartedAsync()
    {
        var server = new SmtpTestServer();
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        // Debian's package installs for the system interpreter; a pyenv/venv python3 first on PATH would not see it.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("aiosmtpd exited (install python3-aiosmtpd, scripts/install-deps.sh): " + await process.StandardError.ReadToEndAsync());
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port}");
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(maildir, "new");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).OrderBy(m => m.Date)]
            : [];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (the web app's worker sends on its own schedule).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        if (Directory.Exists(maildir))
        {
            Directory.Delete(maildir, recursive: true);
        }
    }
}
