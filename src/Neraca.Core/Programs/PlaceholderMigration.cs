using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Programs;

/// <summary>
/// Moves the registry's old "participation" placeholder records (a program name and a date) into programs: one closed
/// program per province, name and date, one session, each business selected, present and completed on that date
/// (the placeholder said they attended; no post-test was asked then). The placeholder rows are then deleted, all in
/// one transaction with audit rows. Runs with every schema upgrade; with nothing to move it does nothing.
/// </summary>
public static class PlaceholderMigration
{
    public const string Actor = "migration:participation";

    public static async Task<int> RunAsync(NeracaDb db, CancellationToken ct = default)
    {
        if (!await db.Participations.AnyAsync(ct))
        {
            return 0;
        }

        var rows = await db.Participations.Join(db.Businesses, p => p.BusinessId, b => b.Id, (p, b) => new { Row = p, b.ProvinceCode }).ToListAsync(ct);
        var now = DateTime.UtcNow;
        foreach (var group in rows.GroupBy(r => (r.ProvinceCode, r.Row.ProgramName, r.Row.Date)))
        {
            var (province, name, date) = group.Key;
            var program = new TrainingProgram
            {
                ProvinceCode = province,
                Name = name,
                Kind = ProgramKind.Training,
                StartDate = date,
                EndDate = date,
                Quota = group.Select(r => r.Row.BusinessId).Distinct().Count(),
                CompletionNeedsPostTest = false,
                Status = ProgramStatus.Closed,
                ClosedOn = date,
                FromPlaceholder = true,
                CreatedAtUtc = now,
                CreatedBy = Actor,
            };
            var session = new ProgramSession { Agenda = name, Date = date, StartTime = new TimeOnly(9, 0) };
            program.Sessions.Add(session);
            foreach (var businessId in group.Select(r => r.Row.BusinessId).Distinct())
            {
                var enrolment = new Enrolment
                {
                    BusinessId = businessId,
                    Status = EnrolmentStatus.Selected,
                    Reason = "participation record of the registry",
                    CreatedAtUtc = now,
                    DecidedAtUtc = now,
                    DecidedBy = Actor,
                };
                var attendance = new Attendance { Present = true };
                enrolment.Attendance.Add(attendance);
                session.Attendance.Add(attendance);
                program.Enrolments.Add(enrolment);
            }

            Completion.Apply(program);
            db.Programs.Add(program);
        }

        db.Participations.RemoveRange(rows.Select(r => r.Row));
        var actor = db.AuditActor;
        db.AuditActor = () => Actor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.AuditActor = actor;
        }

        return rows.Count;
    }
}
