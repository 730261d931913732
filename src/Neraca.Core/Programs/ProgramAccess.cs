using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Programs;

/// <summary>
/// Who sees which programs (the registry's rules, decision 0022): staff the programs of their province (national staff
/// all); a business owner the programs their businesses are enrolled in, and open ones, with only their own
/// enrolments. Anything else is "not found", never "forbidden".
/// </summary>
public static class ProgramAccess
{
    public static bool IsOwner(ClaimsPrincipal user) => RegistryAccess.IsOwnerRole(user);

    public static IQueryable<TrainingProgram> Visible(NeracaDb db, ClaimsPrincipal user)
    {
        if (IsOwner(user))
        {
            var mine = RegistryAccess.Visible(db, user).Select(b => b.Id);
            return db.Programs.Where(p => p.Status == ProgramStatus.Open || p.Enrolments.Any(e => mine.Contains(e.BusinessId)));
        }

        return ProvinceScope.Of(user).Apply(db.Programs, p => p.ProvinceCode);
    }

    /// <summary>A program staff may change (sessions and enrolments loaded, tracked); null for owners and other provinces.</summary>
    public static Task<TrainingProgram?> ForStaffAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        IsOwner(user)
            ? Task.FromResult<TrainingProgram?>(null)
            : ProgramReport.Full(Visible(db, user)).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The business ids the caller may act for in a program: own businesses for an owner, every business for staff.</summary>
    public static async Task<HashSet<int>?> OwnBusinessesAsync(NeracaDb db, ClaimsPrincipal user, CancellationToken ct) =>
        IsOwner(user) ? [.. await RegistryAccess.Visible(db, user).Select(b => b.Id).ToListAsync(ct)] : null;
}
