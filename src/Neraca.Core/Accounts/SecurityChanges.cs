using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Neraca.Storage;

namespace Neraca.Accounts;

/// <summary>The one row of `security_version`: a counter that every change able to affect an API token's validity or claims raises.</summary>
public sealed class SecurityVersion
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// Which changes raise the security version (decision 0028): an added, changed or deleted token, role, role
/// membership or claim, an added or deleted user, and a changed user unless only sign-in bookkeeping changed
/// (<see cref="SignInBookkeeping"/>). <see cref="NeracaDb"/>.SaveChanges raises it in the same transaction as the
/// change, so no path through EF (admin pages, the CLI, Identity's own stores for 2FA and stamps) can skip it.
/// Writes that bypass SaveChanges (ExecuteUpdate, raw SQL) do not raise it: only the token's "last used" bookkeeping
/// takes that way, and it must not empty every cache once a minute.
/// </summary>
public static class SecurityChanges
{
    private static readonly HashSet<Type> Watched =
    [
        typeof(AppUser), typeof(ApiToken), typeof(IdentityRole), typeof(IdentityUserRole<string>),
        typeof(IdentityUserClaim<string>), typeof(IdentityRoleClaim<string>),
    ];

    /// <summary>
    /// User columns that every sign-in or failed sign-in writes and that no token depends on: the bearer handler checks
    /// neither lockout nor password, and the claims (<c>NeracaClaimsFactory</c>) use none of them. A password change
    /// also rotates the security stamp, which is watched. Raising the version for these emptied every server's token
    /// cache at each sign-in. Every other column (disabled, stamp, e-mail, name, province, 2FA, must-change) counts, so
    /// a column added later is watched unless it is listed here.
    /// </summary>
    private static readonly HashSet<string> SignInBookkeeping = new(StringComparer.Ordinal)
    {
        nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.LockoutEnabled),
        nameof(AppUser.PasswordHash), nameof(AppUser.ConcurrencyStamp),
    };

    /// <summary>True when the pending changes include one that can change what a token may do.</summary>
    public static bool Affects(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if ((entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Watched.Contains(entry.Metadata.ClrType)
                && !(entry.State == EntityState.Modified && entry.Entity is AppUser && OnlyBookkeeping(entry)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Identity's store marks every column modified on update, so values are compared. When nothing but the
    /// concurrency stamp differs, the user may have been attached untracked (original values unknown): that counts.
    /// </summary>
    private static bool OnlyBookkeeping(EntityEntry entry)
    {
        var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).Select(p => p.Metadata.Name).ToList();
        return changed.Any(n => n != nameof(AppUser.ConcurrencyStamp)) && changed.All(SignInBookkeeping.Contains);
    }

    /// <summary>Raises the version in the caller's transaction (one UPDATE; concurrent writers serialise on the row).</summary>
    public static Task<int> BumpAsync(NeracaDb db, CancellationToken ct) =>
        db.SecurityVersions.Where(v => v.Id == SecurityVersion.SingleId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);

    public static int Bump(NeracaDb db) =>
        db.SecurityVersions.Where(v => v.Id == SecurityVersion.SingleId).ExecuteUpdate(s => s.SetProperty(v => v.Version, v => v.Version + 1));

    /// <summary>The current version (a primary-key read).</summary>
    public static Task<long> ReadAsync(NeracaDb db, CancellationToken ct) =>
        db.SecurityVersions.AsNoTracking().Where(v => v.Id == SecurityVersion.SingleId).Select(v => v.Version).FirstOrDefaultAsync(ct);
}
