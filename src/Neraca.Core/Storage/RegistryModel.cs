using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;

namespace Neraca.Storage;

/// <summary>The business registry (docs/decisions/0010-registry-rules.md): snake_case tables, enums stored as text.</summary>
internal static class RegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Business>(e =>
        {
            e.ToTable("business");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Nib).HasMaxLength(13);
            // Unique among verified businesses only: a pending self-registration must not block the real business (decision 0019).
            e.HasIndex(x => x.Nib).IsUnique().HasFilter("verification = 'Verified'");
            e.Property(x => x.LegalForm).HasMaxLength(50);
            e.Property(x => x.KbliCodes).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.CapitalRupiah).HasPrecision(20, 2);
            e.Property(x => x.AnnualSalesRupiah).HasPrecision(20, 2);
            e.Property(x => x.Address).HasMaxLength(500);
            e.Property(x => x.Phone).HasMaxLength(50);
            e.Property(x => x.Email).HasMaxLength(200);
            e.Property(x => x.Website).HasMaxLength(300);
            e.Property(x => x.OwnerName).HasMaxLength(200);
            e.Property(x => x.OwnerGender).HasMaxLength(1);
            e.Property(x => x.OwnerUserId).HasMaxLength(450);
            e.Property(x => x.Verification).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.VerifiedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.ProvinceCode, x.RegencyCode });
            e.HasIndex(x => x.OwnerUserId);
            e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Certifications).WithOne().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Exports).WithOne().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Assessments).WithOne().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Participations).WithOne().HasForeignKey(x => x.BusinessId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Product>(e =>
        {
            e.ToTable("business_product");
            e.Property(x => x.NameId).HasMaxLength(200);
            e.Property(x => x.NameEn).HasMaxLength(200);
            e.Property(x => x.HsCode).HasMaxLength(10);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.MonthlyCapacity).HasPrecision(18, 3);
            e.Property(x => x.CapacityUnit).HasMaxLength(30);
            e.Property(x => x.PriceMinRupiah).HasPrecision(20, 2);
            e.Property(x => x.PriceMaxRupiah).HasPrecision(20, 2);
            e.Property(x => x.MinimumOrder).HasMaxLength(100);
            e.Property(x => x.Packaging).HasMaxLength(200);
            e.HasIndex(x => x.HsCode);
            e.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<ProductPhoto>(e =>
        {
            // The 6-photo cap held by the database: concurrent uploads cannot both take the last slot (decision 0019).
            e.ToTable("business_product_photo", t => t.HasCheckConstraint("ck_business_product_photo_slot", $"slot BETWEEN 1 AND {ProductPhotos.MaxPerProduct}"));
            e.Property(x => x.By).HasMaxLength(200);
            e.HasIndex(x => new { x.ProductId, x.Slot }).IsUnique();
        });

        b.Entity<Certification>(e =>
        {
            e.ToTable("business_certification");
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Number).HasMaxLength(100);
            e.Property(x => x.Issuer).HasMaxLength(200);
        });

        b.Entity<ExportRecord>(e =>
        {
            e.ToTable("business_export");
            e.Property(x => x.Country).HasMaxLength(2);
            e.Property(x => x.HsCode).HasMaxLength(10);
            e.Property(x => x.ValueUsd).HasPrecision(18, 2);
            e.Property(x => x.Volume).HasMaxLength(100);
            e.Property(x => x.Buyer).HasMaxLength(200);
            e.Property(x => x.PortOfLoading).HasMaxLength(200);
        });

        b.Entity<Assessment>(e =>
        {
            e.ToTable("business_assessment");
            e.Property(x => x.QuestionnaireVersion).HasMaxLength(20);
            e.Property(x => x.AnswersJson).HasMaxLength(8000);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.Band).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.By).HasMaxLength(200);
        });

        b.Entity<ProgramParticipation>(e =>
        {
            e.ToTable("business_participation");
            e.Property(x => x.ProgramName).HasMaxLength(200);
        });

        foreach (var type in new[] { typeof(Business), typeof(Product), typeof(ProductPhoto), typeof(Certification), typeof(ExportRecord), typeof(Assessment), typeof(ProgramParticipation) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties())
            {
                property.SetColumnName(AccountModel.Snake(property.Name));
            }
        }
    }
}
