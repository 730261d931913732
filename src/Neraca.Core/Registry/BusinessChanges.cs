using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// Registering, editing, verifying and deleting a business: the same steps for the API and the pages (the caller
/// says who acts; every save writes its audit rows through <see cref="NeracaDb"/>).
/// </summary>
public static class BusinessChanges
{
    /// <summary>An officer's record is verified at once (and may be linked to an owner's account); an owner's waits.</summary>
    public static async Task<RegistryResult<Business>> CreateAsync(
        NeracaDb db, ClaimsPrincipal user, BusinessText text, string? ownerEmail, string actor, CancellationToken ct)
    {
        var scope = ProvinceScope.Of(user);
        var owner = RegistryAccess.IsOwnerRole(user);
        var (values, errors) = BusinessRules.Parse(text, scope, scope.Province);
        if (values is not null && !owner && await NibRules.DuplicateAsync(db, values.Nib, null, scope, ct) is { } duplicate)
        {
            errors.Add(duplicate);
        }

        string? ownerId = null;
        if (!owner && !string.IsNullOrWhiteSpace(ownerEmail))
        {
            ownerId = await BusinessAccountAsync(db, ownerEmail, ct);
            if (ownerId is null)
            {
                errors.Add(new RegistryError("ownerEmail", "owneraccount", ownerEmail.Trim()));
            }
        }

        if (errors.Count > 0)
        {
            return RegistryResult<Business>.Invalid(errors);
        }

        var business = new Business { CreatedAtUtc = DateTime.UtcNow };
        values!.CopyTo(business);
        if (owner)
        {
            business.OwnerUserId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            business.Verification = Verification.Pending;
        }
        else
        {
            business.OwnerUserId = ownerId;
            business.Verification = Verification.Verified;
            business.VerifiedAtUtc = business.CreatedAtUtc;
            business.VerifiedBy = actor;
        }

        db.Businesses.Add(business);
        return await SaveAsync(db, business, scope, ct);
    }

    /// <summary>
    /// Same rules as registering. An owner changing a verified field of a verified business sends it back to
    /// pending: it leaves the public catalog until an officer verifies it again.
    /// </summary>
    public static async Task<RegistryResult<Business>> UpdateAsync(NeracaDb db, ClaimsPrincipal user, int id, BusinessText text, CancellationToken ct)
    {
        var business = await RegistryAccess.FindAsync(db, user, id, ct);
        if (business is null)
        {
            return RegistryResult<Business>.Missing();
        }

        var scope = ProvinceScope.Of(user);
        var owner = RegistryAccess.IsOwnerRole(user);
        var (values, errors) = BusinessRules.Parse(text, scope, business.ProvinceCode);
        if (values is not null && !owner && business.Verification == Verification.Verified
            && await NibRules.DuplicateAsync(db, values.Nib, business.Id, scope, ct) is { } duplicate)
        {
            errors.Add(duplicate);
        }

        if (errors.Count > 0)
        {
            return RegistryResult<Business>.Invalid(errors);
        }

        if (owner && business.Verification == Verification.Verified && values!.ChangesVerifiedFields(business))
        {
            business.Verification = Verification.Pending;
            business.VerifiedAtUtc = null;
            business.VerifiedBy = null;
        }

        values!.CopyTo(business);
        return await SaveAsync(db, business, scope, ct);
    }

    /// <summary>Staff only. Refused while another verified business holds the NIB (the squatting case).</summary>
    public static async Task<RegistryResult<Business>> VerifyAsync(NeracaDb db, ClaimsPrincipal user, int id, string actor, CancellationToken ct)
    {
        var business = RegistryAccess.IsOwnerRole(user) ? null : await RegistryAccess.FindAsync(db, user, id, ct);
        if (business is null)
        {
            return RegistryResult<Business>.Missing();
        }

        var scope = ProvinceScope.Of(user);
        if (await NibRules.VerifiedHolderAsync(db, business.Nib, business.Id, ct) is not null)
        {
            return RegistryResult<Business>.Invalid([new RegistryError(BusinessRules.Fields.Nib, "verify.duplicate", business.Nib)]);
        }

        business.Verification = Verification.Verified;
        business.VerifiedAtUtc = DateTime.UtcNow;
        business.VerifiedBy = actor;
        return await SaveAsync(db, business, scope, ct);
    }

    /// <summary>Staff only; products, certificates, exports and assessments go with it, each with its own audit row.</summary>
    public static async Task<bool> DeleteAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var business = RegistryAccess.IsOwnerRole(user) ? null : await RegistryAccess.FindAsync(db, user, id, ct);
        if (business is null)
        {
            return false;
        }

        db.Businesses.Remove(business);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Saves; two officers verifying the same NIB at once meet the unique index, and the loser gets the field error.</summary>
    private static async Task<RegistryResult<Business>> SaveAsync(NeracaDb db, Business business, ProvinceScope scope, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return RegistryResult<Business>.Ok(business);
        }
        catch (DbUpdateException) when (business.Verification == Verification.Verified)
        {
            db.ChangeTracker.Clear();
            var duplicate = await NibRules.DuplicateAsync(db, business.Nib, business.Id == 0 ? null : business.Id, scope, ct);
            return duplicate is null ? throw new InvalidOperationException("saving the business failed for another reason than its NIB") : RegistryResult<Business>.Invalid([duplicate]);
        }
    }

    /// <summary>The id of the user with this e-mail when the account has the `business` role, else null.</summary>
    private static async Task<string?> BusinessAccountAsync(NeracaDb db, string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.NormalizedEmail == normalized && r.Name == Roles.Business
                      select u.Id).FirstOrDefaultAsync(ct);
    }
}
