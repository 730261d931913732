using System.Security.Cryptography;

namespace Neraca.Programs;

/// <summary>
/// The completion rule of a program (default: attended at least 75 % of its sessions and took the post-test). A
/// program without sessions completes nobody (no attendance to judge). Only selected participants can complete.
/// The result is stored on the enrolment (<see cref="Enrolment.CompletedOn"/> = the program's end date) so the
/// registry's funnel can read "trained" without loading every session (decision 0022).
/// </summary>
public static class Completion
{
    public const decimal DefaultAttendancePercent = 75m;

    /// <summary>Share of the program's sessions the participant attended, in percent (half away from zero, 2 decimals).</summary>
    public static decimal AttendancePercent(int sessions, int attended) =>
        Common.Percent.Share(attended, sessions) ?? 0m;

    public static bool IsComplete(TrainingProgram program, Enrolment enrolment, int sessions, int attended) =>
        enrolment.Status == EnrolmentStatus.Selected
        && sessions > 0
        && 100m * attended / sessions >= program.CompletionAttendancePercent
        && (!program.CompletionNeedsPostTest || enrolment.PostTestScore is not null);

    /// <summary>Recomputes completion of every enrolment (sessions and the enrolments' attendance loaded); gives a certificate code once.</summary>
    public static void Apply(TrainingProgram program)
    {
        foreach (var e in program.Enrolments)
        {
            // One attendance row per session and enrolment (a unique index): present rows are sessions attended.
            var attended = e.Attendance.Count(a => a.Present);
            var done = IsComplete(program, e, program.Sessions.Count, attended);
            e.CompletedOn = done ? program.EndDate : null;
            if (done && e.CertificateCode is null)
            {
                e.CertificateCode = NewCode();
            }
        }
    }

    /// <summary>12 characters from an alphabet without look-alikes (0/O, 1/I): easy to type from a printed certificate.</summary>
    public static string NewCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return new string([.. Enumerable.Range(0, 12).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)])]);
    }
}
