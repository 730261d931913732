using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Markets;

namespace Neraca.Storage;

/// <summary>Buyer inquiries and their workflow steps (docs/decisions/0030): snake_case tables, status stored as text.</summary>
internal static class InquiryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Inquiry>(e =>
        {
            e.ToTable("inquiry");
            e.Property(x => x.ProductText).HasMaxLength(InquiryLimits.ProductText);
            e.Property(x => x.Hs).HasMaxLength(10);
            e.Property(x => x.Quantity).HasPrecision(18, 3);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.Certifications).HasMaxLength(200);
            e.Property(x => x.Incoterm).HasMaxLength(3);
            e.Property(x => x.Timeline).HasMaxLength(InquiryLimits.Short);
            e.Property(x => x.ContactName).HasMaxLength(InquiryLimits.Short);
            e.Property(x => x.ContactEmail).HasMaxLength(InquiryLimits.Email);
            e.Property(x => x.Company).HasMaxLength(InquiryLimits.Short);
            e.Property(x => x.Language).HasMaxLength(2);
            e.Property(x => x.ConfirmTokenHash).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.CloseReason).HasMaxLength(InquiryLimits.Note);
            e.HasIndex(x => x.ConfirmTokenHash).IsUnique();
            e.HasIndex(x => new { x.ProvinceCode, x.Status });
            e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.InquiryId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<InquiryEvent>(e =>
        {
            e.ToTable("inquiry_event");
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.Note).HasMaxLength(InquiryLimits.Note);
            e.Property(x => x.Actor).HasMaxLength(200);
        });

        foreach (var type in new[] { typeof(Inquiry), typeof(InquiryEvent) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties())
            {
                property.SetColumnName(AccountModel.Snake(property.Name));
            }
        }
    }
}
