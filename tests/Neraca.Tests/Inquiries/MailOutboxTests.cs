using Microsoft.EntityFrameworkCore;
using Neraca.Mail;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Inquiries;

/// <summary>The e-mail outbox (docs/decisions/0030) against a real SMTP server: an outage delays mail, loses none, sends it once.</summary>
public class MailOutboxTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    private static MailSettings Settings(int port) => new("127.0.0.1", port, "neraca@dinas.example.id", null, null, MailSecurity.None);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SendDue_ServerDownThenUp_QueuedRetriedAndDeliveredOnce(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var smtp = new SmtpTestServer(); // not started yet: the server is down
        await using (var db = database.NewContext())
        {
            MailOutbox.Queue(db, "buyer@example.com", "Konfirmasi / Confirm", "Klik / Click: https://x/confirm?t=abc", Now);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var down = await MailOutbox.SendDueAsync(db, new SmtpMailSender(Settings(smtp.Port)), Now);
            Assert.Equal((0, 1, 1), (down.Sent, down.Failed, down.Waiting));
            Assert.NotNull(down.Error);
            var m = await db.OutboxMessages.SingleAsync();
            Assert.Equal((1, (DateTime?)null, Now.AddMinutes(1)), (m.Attempts, m.SentAtUtc, m.NextAttemptAtUtc));
            Assert.NotNull(m.LastError);

            // Not due yet: nothing is tried before the backoff has passed.
            Assert.Equal(0, (await MailOutbox.SendDueAsync(db, new SmtpMailSender(Settings(smtp.Port)), Now.AddSeconds(30))).Failed);
        }

        await smtp.StartAsync();
        await using (var db = database.NewContext())
        {
            var up = await MailOutbox.SendDueAsync(db, new SmtpMailSender(Settings(smtp.Port)), Now.AddMinutes(2));
            Assert.Equal((1, 0, 0), (up.Sent, up.Failed, up.Waiting));
            var again = await MailOutbox.SendDueAsync(db, new SmtpMailSender(Settings(smtp.Port)), Now.AddMinutes(10));
            Assert.Equal((0, 0, 0), (again.Sent, again.Failed, again.Waiting));
            var m = await db.OutboxMessages.SingleAsync();
            Assert.Equal((2, (DateTime?)Now.AddMinutes(2), (string?)null), (m.Attempts, m.SentAtUtc, m.LastError));
        }

        var arrived = Assert.Single(smtp.Messages());
        Assert.Equal("buyer@example.com", arrived.To.Mailboxes.Single().Address);
        Assert.Equal("neraca@dinas.example.id", arrived.From.Mailboxes.Single().Address);
        Assert.Equal("Konfirmasi / Confirm", arrived.Subject);
        Assert.Contains("https://x/confirm?t=abc", arrived.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_ChangeRolledBack_NoMessage()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using (var db = database.NewContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            MailOutbox.Queue(db, "buyer@example.com", "s", "b", Now);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(100, 360)]
    public void Backoff_Attempts_DoublesUpToSixHours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), MailOutbox.Backoff(attempts));

    [Fact]
    public void Read_NoHost_NullAndNothingSent()
    {
        Assert.Null(MailSettings.Read(_ => null));
        var s = MailSettings.Read(k => k switch { "Host" => " smtp.example.id ", "Port" => "587", "Security" => "starttls", _ => null })!;
        Assert.Equal(("smtp.example.id", 587, MailSecurity.StartTls, "neraca@localhost"), (s.Host, s.Port, s.Security, s.From));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Worker_HostConfigured_SendsQueuedMail(Engine engine)
    {
        await using var smtp = await SmtpTestServer.StartedAsync();
        await using var factory = await NeracaWebFactory.CreateAsync(engine, new Dictionary<string, string?>
        {
            ["Neraca:Mail:Host"] = "127.0.0.1",
            ["Neraca:Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Neraca:Mail:From"] = "neraca@dinas.example.id",
            ["Neraca:Mail:PollSeconds"] = "0.2",
        });
        using var client = factory.CreateClient(); // starts the host and its worker
        await using (var db = factory.Database.NewContext())
        {
            MailOutbox.Queue(db, "officer@example.id", "Worker", "sent by the worker", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var arrived = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Worker", arrived.Subject);
    }
}
