using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>What happened to one business around one program (also computed for comparison businesses).</summary>
public sealed record BusinessOutcome(
    int BusinessId, decimal? ReadinessBefore, decimal? ReadinessAfter, bool ExportedBefore, bool ExportedWithin12Months,
    bool EverExportedBefore, DateOnly? FirstExportAfter, int Exports6Months, decimal ExportValue6MonthsUsd, int Exports12Months,
    decimal ExportValue12MonthsUsd, int CertificatesAfter);

/// <summary>
/// The outcome windows of a program that ran from S to E (decision 0022): readiness before = the last assessment
/// dated before S; readiness after = the first assessment dated at least <see cref="AfterDays"/> days after E;
/// exported before = an export in the 12 months before S; exported within 12 months = an export after E up to 12
/// months after E (the same length of window, so the difference in differences compares like with like); the 6-
/// and 12-month export figures count shipments dated after E; certificates after = issued after E.
/// </summary>
public static class Outcomes
{
    public const int AfterDays = 30;

    /// <summary>Needs the business's assessments, exports and certifications loaded.</summary>
    public static BusinessOutcome Of(Business b, DateOnly start, DateOnly end)
    {
        var before = b.Assessments.Where(a => a.Date < start).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).FirstOrDefault();
        var after = b.Assessments.Where(a => a.Date >= end.AddDays(AfterDays)).OrderBy(a => a.Date).ThenBy(a => a.Id).FirstOrDefault();
        var exportsAfter = b.Exports.Where(e => e.Date > end).ToList();
        var in6 = exportsAfter.Where(e => e.Date <= end.AddMonths(6)).ToList();
        var in12 = exportsAfter.Where(e => e.Date <= end.AddMonths(12)).ToList();
        return new BusinessOutcome(
            b.Id,
            before?.Score,
            after?.Score,
            b.Exports.Any(e => e.Date < start && e.Date >= start.AddMonths(-12)),
            in12.Count > 0,
            b.Exports.Any(e => e.Date < start),
            exportsAfter.Count > 0 ? exportsAfter.Min(e => e.Date) : null,
            in6.Count,
            in6.Sum(e => e.ValueUsd),
            in12.Count,
            in12.Sum(e => e.ValueUsd),
            b.Certifications.Count(c => c.IssuedOn > end));
    }

    /// <summary>Before below the export-ready threshold (or never assessed before), after at or above it.</summary>
    public static bool NewlyExportReady(BusinessOutcome o) => o.ReadinessBefore is not >= Readiness.ReadyFrom && o.ReadinessAfter >= Readiness.ReadyFrom;

    /// <summary>Never exported before the program, exported within 12 months after it.</summary>
    public static bool NewExporter(BusinessOutcome o) => !o.EverExportedBefore && o.ExportedWithin12Months;
}
