using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// Who sees which businesses (docs/decisions/0010-registry-rules.md): an owner (business role only) sees their own,
/// staff the businesses of their province (national staff all). Anything else is "not found", never "forbidden".
/// </summary>
public static class RegistryAccess
{
    public static bool IsOwnerRole(ClaimsPrincipal user) => user.IsInRole(Roles.Business) && !user.IsInRole(Roles.Officer) && !user.IsInRole(Roles.Admin);

    public static IQueryable<Business> Visible(NeracaDb db, ClaimsPrincipal user)
    {
        if (IsOwnerRole(user))
        {
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "-";
            return db.Businesses.Where(b => b.OwnerUserId == id);
        }

        return ProvinceScope.Of(user).Apply(db.Businesses, b => b.ProvinceCode);
    }

    /// <summary>The business with its records (not photos: their bytes are large).</summary>
    public static IQueryable<Business> WithAll(IQueryable<Business> q) => q
        .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports)
        .Include(b => b.Assessments).Include(b => b.Participations).Include(b => b.Enrolments).ThenInclude(e => e.Program).AsSplitQuery();

    public static Task<Business?> FindAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        WithAll(Visible(db, user)).FirstOrDefaultAsync(b => b.Id == id, ct);
}
