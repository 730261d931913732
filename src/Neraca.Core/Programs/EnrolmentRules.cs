using System.Globalization;
using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>
/// Enrolment on a loaded program (enrolments with their attendance, sessions): invite, apply, decide, attendance and
/// scores. Selecting beyond the quota puts the business on the waiting list instead (it moves up when a place frees
/// only by a new decision: nobody is selected behind the officer's back). Attendance and scores are only for
/// selected participants; each change re-applies the completion rule.
/// </summary>
public static class EnrolmentRules
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>An officer invites an eligible business (draft or open program).</summary>
    public static List<ProgramError> Invite(TrainingProgram p, Business b, DateOnly today, DateTime nowUtc) =>
        Enter(p, b, today, nowUtc, EnrolmentStatus.Invited, needsOpen: false);

    /// <summary>A business applies to an open program (an invitation becomes an application).</summary>
    public static List<ProgramError> Apply(TrainingProgram p, Business b, DateOnly today, DateTime nowUtc)
    {
        if (p.Status != ProgramStatus.Open)
        {
            return [new ProgramError("status", "program.notopen")];
        }

        if (p.Enrolments.FirstOrDefault(e => e.BusinessId == b.Id) is { Status: EnrolmentStatus.Invited } invited)
        {
            invited.Status = EnrolmentStatus.Applied;
            return [];
        }

        return Enter(p, b, today, nowUtc, EnrolmentStatus.Applied, needsOpen: true);
    }

    public static List<ProgramError> Decide(TrainingProgram p, DecisionInput input, string actor, DateTime nowUtc)
    {
        if (ProgramStatusRules.Frozen(p) is { } frozen)
        {
            return [frozen];
        }

        var errors = new List<ProgramError>();
        var to = input.Decision?.Trim().ToLowerInvariant() switch
        {
            "select" => EnrolmentStatus.Selected,
            "waitlist" => EnrolmentStatus.WaitingList,
            "decline" => EnrolmentStatus.Declined,
            _ => (EnrolmentStatus?)null,
        };
        if (to is null)
        {
            errors.Add(new ProgramError("decision", "program.decision"));
        }

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            errors.Add(new ProgramError("reason", "program.reason"));
        }
        else if (reason.Length > 500)
        {
            errors.Add(new ProgramError("reason", "toolong", "500"));
        }

        var enrolment = p.Enrolments.FirstOrDefault(e => e.BusinessId == input.BusinessId);
        if (enrolment is null)
        {
            errors.Add(new ProgramError("businessId", "program.noenrolment", Id(input.BusinessId)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var selected = p.Enrolments.Count(e => e.Status == EnrolmentStatus.Selected && e != enrolment);
        enrolment!.Status = to == EnrolmentStatus.Selected && selected >= p.Quota ? EnrolmentStatus.WaitingList : to!.Value;
        enrolment.Reason = reason;
        enrolment.DecidedAtUtc = nowUtc;
        enrolment.DecidedBy = actor;
        Completion.Apply(p);
        return [];
    }

    /// <summary>Marks who was present and absent at one session; any business not a selected participant fails the whole call.</summary>
    public static List<ProgramError> RecordAttendance(TrainingProgram p, AttendanceInput input)
    {
        if (ProgramStatusRules.Frozen(p) is { } frozen)
        {
            return [frozen];
        }

        var session = p.Sessions.FirstOrDefault(s => s.Id == input.SessionId);
        var errors = new List<ProgramError>();
        if (session is null)
        {
            errors.Add(new ProgramError("sessionId", "program.session", Id(input.SessionId)));
        }

        var marks = (input.PresentBusinessIds ?? []).Select(id => (id, present: true)).Concat((input.AbsentBusinessIds ?? []).Select(id => (id, present: false))).ToList();
        foreach (var dup in marks.GroupBy(m => m.id).Where(g => g.Count() > 1))
        {
            errors.Add(new ProgramError("businessIds", "program.duplicate", Id(dup.Key)));
        }

        foreach (var (id, _) in marks.Where(m => Participant(p, m.id) is null))
        {
            errors.Add(new ProgramError("businessIds", "program.notparticipant", Id(id)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var (id, present) in marks)
        {
            var e = Participant(p, id)!;
            if (e.Attendance.FirstOrDefault(a => a.SessionId == session!.Id) is { } existing)
            {
                existing.Present = present;
            }
            else
            {
                var row = new Attendance { SessionId = session!.Id, EnrolmentId = e.Id, Present = present };
                e.Attendance.Add(row);
            }
        }

        Completion.Apply(p);
        return [];
    }

    public static List<ProgramError> RecordScores(TrainingProgram p, ScoreInput input)
    {
        if (ProgramStatusRules.Frozen(p) is { } frozen)
        {
            return [frozen];
        }

        var errors = new List<ProgramError>();
        var e = Participant(p, input.BusinessId);
        if (e is null)
        {
            errors.Add(new ProgramError("businessId", "program.notparticipant", Id(input.BusinessId)));
        }

        if (input.PreTest is < 0 or > 100 || input.PostTest is < 0 or > 100)
        {
            errors.Add(new ProgramError(input.PreTest is < 0 or > 100 ? "preTest" : "postTest", "program.score"));
        }

        if (input.Satisfaction is < 1 or > 5)
        {
            errors.Add(new ProgramError("satisfaction", "program.satisfaction"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        e!.PreTestScore = input.PreTest ?? e.PreTestScore;
        e.PostTestScore = input.PostTest ?? e.PostTestScore;
        e.Satisfaction = input.Satisfaction ?? e.Satisfaction;
        Completion.Apply(p);
        return [];
    }

    private static Enrolment? Participant(TrainingProgram p, int businessId) =>
        p.Enrolments.FirstOrDefault(e => e.BusinessId == businessId && e.Status == EnrolmentStatus.Selected);

    private static List<ProgramError> Enter(TrainingProgram p, Business b, DateOnly today, DateTime nowUtc, EnrolmentStatus status, bool needsOpen)
    {
        if (ProgramStatusRules.Frozen(p) is { } frozen)
        {
            return [frozen];
        }

        if (!needsOpen && p.Status is not (ProgramStatus.Draft or ProgramStatus.Open))
        {
            return [new ProgramError("status", "program.notopen")];
        }

        if (p.Enrolments.Any(e => e.BusinessId == b.Id))
        {
            return [new ProgramError("businessId", "program.enrolled", Id(b.Id))];
        }

        var failures = Eligibility.Check(p, b, today);
        if (failures.Count > 0)
        {
            return [new ProgramError("businessId", "program.ineligible", Id(b.Id), string.Join(",", failures.Select(EnumText.Of)))];
        }

        p.Enrolments.Add(new Enrolment { BusinessId = b.Id, Status = status, CreatedAtUtc = nowUtc });
        return [];
    }
}
