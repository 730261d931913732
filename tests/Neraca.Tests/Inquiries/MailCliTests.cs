using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Mail;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Inquiries;

/// <summary>`neraca mail send-queued`: offices without a running server send the outbox by hand or from cron.</summary>
[Collection(ConsoleCollection.Name)]
public class MailCliTests
{
    [Fact]
    public async Task SendQueued_ServerDownThenUp_ExitOneThenSentOnce()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var smtp = new SmtpTestServer();
        await using (var db = database.NewContext())
        {
            MailOutbox.Queue(db, "buyer@example.com", "Queued", "body", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var port = smtp.Port.ToString(CultureInfo.InvariantCulture);
        var down = await CliRunner.RunAsync("mail", "send-queued", "--db", database.ConnectionString, "--host", "127.0.0.1", "--port", port);
        Assert.Equal(1, down.Exit);
        Assert.Contains("sent 0, failed 1, waiting 1", down.Out, StringComparison.Ordinal);

        await smtp.StartAsync();
        // --all: the operator retries now instead of waiting for the backoff.
        var up = await CliRunner.RunAsync("mail", "send-queued", "--db", database.ConnectionString, "--host", "127.0.0.1", "--port", port, "--all");
        Assert.True(up.Exit == 0, up.Err);
        Assert.Contains("sent 1, failed 0, waiting 0", up.Out, StringComparison.Ordinal);
        Assert.Equal("Queued", Assert.Single(smtp.Messages()).Subject);
        await using var check = database.NewContext();
        Assert.NotNull((await check.OutboxMessages.SingleAsync()).SentAtUtc);
    }

    [Fact]
    public async Task SendQueued_NoHost_ExitTwoWithReason()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var run = await CliRunner.RunAsync("mail", "send-queued", "--db", database.ConnectionString);
        Assert.Equal(2, run.Exit);
        Assert.Contains("no SMTP server", run.Err, StringComparison.Ordinal);
    }
}
