using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// A NIB is unique among verified businesses only (a filtered unique index backs it): a pending self-registration
/// never blocks an officer's record or the bulk import, so a NIB cannot be squatted. An owner is never told that a
/// NIB exists (their record waits for an officer, who sees the clash on verifying); an officer learns the id only
/// within their province (docs/decisions/0019-registry-rules-in-core.md).
/// </summary>
public static class NibRules
{
    /// <summary>The verified business (other than <paramref name="exceptId"/>) holding the NIB: its id and province.</summary>
    public static async Task<(int Id, short Province)?> VerifiedHolderAsync(NeracaDb db, string nib, int? exceptId, CancellationToken ct)
    {
        var holder = await db.Businesses.AsNoTracking()
            .Where(b => b.Nib == nib && b.Verification == Verification.Verified && (exceptId == null || b.Id != exceptId))
            .Select(b => new { b.Id, b.ProvinceCode }).FirstOrDefaultAsync(ct);
        return holder is null ? null : (holder.Id, holder.ProvinceCode);
    }

    /// <summary>The error for a record about to be verified with this NIB, or null; worded by the caller's scope.</summary>
    public static async Task<RegistryError?> DuplicateAsync(NeracaDb db, string nib, int? exceptId, ProvinceScope scope, CancellationToken ct) =>
        await VerifiedHolderAsync(db, nib, exceptId, ct) is not { } holder
            ? null
            : scope.Allows(holder.Province)
                ? new RegistryError(BusinessRules.Fields.Nib, "nib.duplicate", nib, holder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new RegistryError(BusinessRules.Fields.Nib, "nib.elsewhere", nib);
}
