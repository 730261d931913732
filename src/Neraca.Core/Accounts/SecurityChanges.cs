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
/// Which changes raise the security version (decision 0028): any added, changed or deleted user, token, role, role
/// membership or claim. <see cref="NeracaDb"/>.SaveChanges raises it in the same transaction as the change, so no
/// path through EF (admin pages, the CLI, Identity's own stores for passwords, 2FA, lockout and stamps) can skip it.
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

    /// <summary>True when the pending changes include one that can change what a token may do.</summary>
    public static bool Affects(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if ((entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Watched.Contains(entry.Metadata.ClrType))
            {
                return true;
            }
        }

        return false;
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
