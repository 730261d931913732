using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Mail;

namespace Neraca.Storage;

/// <summary>The e-mail outbox (docs/decisions/0030): snake_case table `mail_outbox`.</summary>
internal static class MailModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("mail_outbox");
            e.Property(x => x.To).HasMaxLength(MailOutbox.MaxAddress);
            e.Property(x => x.Subject).HasMaxLength(MailOutbox.MaxSubject);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.HasIndex(x => new { x.SentAtUtc, x.NextAttemptAtUtc });
            foreach (var property in e.Metadata.GetProperties())
            {
                property.SetColumnName(AccountModel.Snake(property.Name));
            }
        });
    }
}
