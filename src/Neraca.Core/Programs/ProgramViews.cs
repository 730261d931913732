using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Programs;

/// <summary>Programs as the API and the pages show them.</summary>
public static class ProgramViews
{
    /// <summary><paramref name="only"/>: the business ids whose enrolments may be shown (null = all, for staff).</summary>
    public static async Task<ProgramView> ViewAsync(NeracaDb db, TrainingProgram p, HashSet<int>? only, CancellationToken ct)
    {
        var enrolments = p.Enrolments.Where(e => only is null || only.Contains(e.BusinessId)).OrderBy(e => e.Status).ThenBy(e => e.BusinessId).ToList();
        var ids = enrolments.Select(e => e.BusinessId).ToList();
        var names = await db.Businesses.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var sessions = p.Sessions.OrderBy(s => s.Date).ThenBy(s => s.StartTime).ThenBy(s => s.Id).ToList();
        return new ProgramView(
            p.Id, p.ProvinceCode, p.Name, EnumText.Of(p.Kind), Split(p.FocusAreas), p.Organiser, p.Partners, p.BudgetRupiah, p.FundingSource, p.StartDate, p.EndDate,
            p.RegencyCode, p.Online, p.Quota, Split(p.EligibleScales), Split(p.EligibleKinds), Split(p.EligibleHsChapters), Split(p.EligibleBands),
            Split(p.RequiredCertifications),
            new ProgramTargets(p.TargetParticipants, p.TargetWomenLedPercent, p.TargetExportReady, p.TargetNewExporters, p.TargetExportValueUsd),
            p.CompletionAttendancePercent, p.CompletionNeedsPostTest, EnumText.Of(p.Status), p.OpenedOn, p.RunningOn, p.ClosedOn,
            p.Enrolments.Count(e => e.Status == EnrolmentStatus.Selected),
            [.. sessions.Select(s => new SessionView(s.Id, s.Agenda, s.Trainer, s.Date, s.StartTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                p.Enrolments.SelectMany(e => e.Attendance).Count(a => a.SessionId == s.Id && a.Present)))],
            [.. enrolments.Select(e => new EnrolmentView(
                e.BusinessId, names.GetValueOrDefault(e.BusinessId, ""), EnumText.Of(e.Status), e.Reason, e.PreTestScore, e.PostTestScore, e.Satisfaction,
                Completion.AttendancePercent(p.Sessions.Count, e.Attendance.Count(a => a.Present)), e.CompletedOn, e.CertificateCode,
                [.. e.Attendance.Where(a => a.Present).Select(a => a.SessionId).Order()]))]);
    }

    public static async Task<List<OpenProgram>> OpenAsync(NeracaDb db, short? province, CancellationToken ct)
    {
        var q = db.Programs.AsNoTracking().Where(p => p.Status == ProgramStatus.Open);
        if (province is { } code)
        {
            q = q.Where(p => p.ProvinceCode == code);
        }

        var rows = await q.OrderBy(p => p.StartDate).ThenBy(p => p.Id)
            .Select(p => new { p, Selected = p.Enrolments.Count(e => e.Status == EnrolmentStatus.Selected) }).ToListAsync(ct);
        return [.. rows.Select(r => new OpenProgram(r.p.Id, r.p.ProvinceCode, r.p.Name, EnumText.Of(r.p.Kind), Split(r.p.FocusAreas), r.p.StartDate, r.p.EndDate,
            r.p.RegencyCode, r.p.Online, r.p.Quota, Math.Max(0, r.p.Quota - r.Selected)))];
    }

    /// <summary>The eligible businesses of the program's province, ranked by how well the focus meets their gaps.</summary>
    public static async Task<List<CandidateView>> CandidatesAsync(NeracaDb db, TrainingProgram p, DateOnly today, CancellationToken ct)
    {
        var businesses = await db.Businesses.AsNoTracking().Where(b => b.ProvinceCode == p.ProvinceCode && b.Verification == Verification.Verified)
            .Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Assessments).AsSplitQuery().ToListAsync(ct);
        var enrolled = p.Enrolments.ToDictionary(e => e.BusinessId, e => EnumText.Of(e.Status));
        return [.. GapRanking.Rank(p, businesses.Where(b => Eligibility.Check(p, b, today).Count == 0))
            .Select(c => new CandidateView(c.Business.Id, c.Business.Name, Regencies.Get(c.Business.RegencyCode)?.Name ?? "", c.FocusMatchPercent, c.ReadinessScore,
                c.GapsInFocus, enrolled.GetValueOrDefault(c.Business.Id)))];
    }

    public static async Task<CertificateCheck?> CertificateAsync(NeracaDb db, string? code, CancellationToken ct)
    {
        var key = (code ?? "").Trim().ToUpperInvariant();
        if (key.Length is 0 or > 20)
        {
            return null;
        }

        return await db.Enrolments.AsNoTracking().Where(e => e.CertificateCode == key && e.CompletedOn != null)
            .Join(db.Programs, e => e.ProgramId, p => p.Id, (e, p) => new CertificateCheck(key, p.Name, e.CompletedOn!.Value, p.ProvinceCode))
            .FirstOrDefaultAsync(ct);
    }

    private static List<string> Split(string stored) => [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
