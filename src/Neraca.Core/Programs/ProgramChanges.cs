using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Programs;

/// <summary>
/// The changes to programs, for the API and the pages: each loads what the caller may see, applies one rule and saves
/// (the audit rows come with the save). Staff change programs of their province; a business owner only applies for
/// their own business. A program or business the caller cannot see is "not found".
/// </summary>
public static class ProgramChanges
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<ProgramResult<TrainingProgram>> CreateAsync(NeracaDb db, ClaimsPrincipal user, ProgramInput input, string actor, CancellationToken ct)
    {
        if (ProgramAccess.IsOwner(user))
        {
            return ProgramResult<TrainingProgram>.Missing();
        }

        var scope = ProvinceScope.Of(user);
        var province = scope.Province ?? input.ProvinceCode;
        if (province is null)
        {
            return ProgramResult<TrainingProgram>.Invalid(new ProgramError("provinceCode", "province.national"));
        }

        if (!scope.Allows(province.Value) || RegistryValues.Province(province.Value.ToString(CultureInfo.InvariantCulture)) is null)
        {
            return ProgramResult<TrainingProgram>.Invalid(new ProgramError("provinceCode", "province.scope"));
        }

        var p = new TrainingProgram { ProvinceCode = province.Value, Status = ProgramStatus.Draft, CreatedAtUtc = DateTime.UtcNow, CreatedBy = actor };
        var errors = ProgramRules.Apply(p, input);
        if (errors.Count > 0)
        {
            return ProgramResult<TrainingProgram>.Invalid(errors);
        }

        db.Programs.Add(p);
        await db.SaveChangesAsync(ct);
        return ProgramResult<TrainingProgram>.Ok(p);
    }

    public static Task<ProgramResult<TrainingProgram>> UpdateAsync(NeracaDb db, ClaimsPrincipal user, int id, ProgramInput input, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p => ProgramStatusRules.Frozen(p) is { } frozen ? [frozen] : ProgramRules.Apply(p, input));

    public static Task<ProgramResult<TrainingProgram>> MoveAsync(NeracaDb db, ClaimsPrincipal user, int id, StatusInput input, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p => EnumText.TryParse<ProgramStatus>(input.Status, out var to)
            ? ProgramStatusRules.Move(p, to, Today)
            : [new ProgramError("status", "oneof", "status", ProgramRules.Choices<ProgramStatus>())]);

    public static Task<ProgramResult<TrainingProgram>> AddSessionAsync(NeracaDb db, ClaimsPrincipal user, int id, SessionInput input, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p =>
        {
            var (session, errors) = SessionRules.Create(p, input);
            if (session is not null)
            {
                p.Sessions.Add(session);
                Completion.Apply(p);
            }

            return errors;
        });

    public static async Task<ProgramResult<TrainingProgram>> InviteAsync(NeracaDb db, ClaimsPrincipal user, int id, BusinessRef input, CancellationToken ct)
    {
        var business = await BusinessAsync(db, user, input.BusinessId, ct);
        return await StaffAsync(db, user, id, ct, p => business is null
            ? [new ProgramError("businessId", "program.business", input.BusinessId.ToString(CultureInfo.InvariantCulture))]
            : EnrolmentRules.Invite(p, business, Today, DateTime.UtcNow));
    }

    /// <summary>A business owner applies for one of their businesses; staff may enter an application on a business's behalf.</summary>
    public static async Task<ProgramResult<TrainingProgram>> ApplyAsync(NeracaDb db, ClaimsPrincipal user, int id, BusinessRef input, CancellationToken ct)
    {
        var p = await ProgramReport.Full(ProgramAccess.Visible(db, user)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return ProgramResult<TrainingProgram>.Missing();
        }

        var business = await BusinessAsync(db, user, input.BusinessId, ct);
        var errors = business is null
            ? [new ProgramError("businessId", "program.business", input.BusinessId.ToString(CultureInfo.InvariantCulture))]
            : EnrolmentRules.Apply(p, business, Today, DateTime.UtcNow);
        return await SaveAsync(db, p, errors, ct);
    }

    public static Task<ProgramResult<TrainingProgram>> DecideAsync(NeracaDb db, ClaimsPrincipal user, int id, DecisionInput input, string actor, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p => EnrolmentRules.Decide(p, input, actor, DateTime.UtcNow));

    public static Task<ProgramResult<TrainingProgram>> AttendanceAsync(NeracaDb db, ClaimsPrincipal user, int id, AttendanceInput input, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p => EnrolmentRules.RecordAttendance(p, input));

    public static Task<ProgramResult<TrainingProgram>> ScoresAsync(NeracaDb db, ClaimsPrincipal user, int id, ScoreInput input, CancellationToken ct) =>
        StaffAsync(db, user, id, ct, p => EnrolmentRules.RecordScores(p, input));

    /// <summary>A business the caller may act for, with what eligibility needs.</summary>
    private static Task<Business?> BusinessAsync(NeracaDb db, ClaimsPrincipal user, int businessId, CancellationToken ct) =>
        RegistryAccess.Visible(db, user).Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Assessments).AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Id == businessId, ct);

    private static async Task<ProgramResult<TrainingProgram>> StaffAsync(NeracaDb db, ClaimsPrincipal user, int id, CancellationToken ct, Func<TrainingProgram, List<ProgramError>> change)
    {
        var p = await ProgramAccess.ForStaffAsync(db, user, id, ct);
        return p is null ? ProgramResult<TrainingProgram>.Missing() : await SaveAsync(db, p, change(p), ct);
    }

    private static async Task<ProgramResult<TrainingProgram>> SaveAsync(NeracaDb db, TrainingProgram p, List<ProgramError> errors, CancellationToken ct)
    {
        if (errors.Count > 0)
        {
            return ProgramResult<TrainingProgram>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return ProgramResult<TrainingProgram>.Ok(p);
    }
}
