using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;

namespace Neraca.Storage;

/// <summary>Identity's tables under snake_case names like the rest of the schema, plus API tokens.</summary>
internal static class AccountModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(e =>
        {
            e.ToTable("app_user");
            e.Property(x => x.ProvinceCode);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<IdentityRole>().ToTable("app_role");
        b.Entity<IdentityUserRole<string>>().ToTable("app_user_role");
        b.Entity<IdentityUserClaim<string>>().ToTable("app_user_claim");
        b.Entity<IdentityUserLogin<string>>().ToTable("app_user_login");
        b.Entity<IdentityUserToken<string>>().ToTable("app_user_token");
        b.Entity<IdentityRoleClaim<string>>().ToTable("app_role_claim");

        b.Entity<ApiToken>(e =>
        {
            e.ToTable("api_token");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        // One row, raised by every security change (SecurityChanges); token caches compare it (decision 0028).
        b.Entity<SecurityVersion>(e =>
        {
            e.ToTable("security_version");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasData(new SecurityVersion { Id = SecurityVersion.SingleId, Version = 0 });
        });

        b.Entity<UserSession>(e =>
        {
            e.ToTable("user_session");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasIndex(x => x.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<TotpStep>(e =>
        {
            e.ToTable("totp_step");
            e.HasKey(x => x.UserId);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<DeniedRequestCount>(e =>
        {
            e.ToTable("denied_request");
            e.HasKey(x => new { x.MinuteUtc, x.Address });
            e.Property(x => x.Address).HasMaxLength(64);
        });

        b.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("data_protection_key");

        foreach (var type in new[] { typeof(AppUser), typeof(IdentityRole), typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>),
                     typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>), typeof(IdentityRoleClaim<string>), typeof(ApiToken), typeof(SecurityVersion), typeof(UserSession), typeof(TotpStep), typeof(DeniedRequestCount),
                     typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey) })
        {
            foreach (var property in b.Entity(type).Metadata.GetProperties())
            {
                property.SetColumnName(Snake(property.Name));
            }

            foreach (var index in b.Entity(type).Metadata.GetIndexes())
            {
                index.SetDatabaseName(null);
            }
        }
    }

    public static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
