using Neraca.Registry;

namespace Neraca.Programs;

public enum EligibilityFailure
{
    Province,
    NotVerified,
    Scale,
    Kind,
    HsChapter,
    Band,
    Certification,
}

/// <summary>
/// Who may take part in a program: a verified business of the program's province that meets every restriction the
/// program sets (an empty restriction allows all). Scale is derived (PP 7/2021) and an unknown scale fails a scale
/// restriction; the band is that of the current assessment (none fails a band restriction); a required certificate
/// must be held and not expired on the day asked; an HS chapter matches when any product's HS code is in it.
/// </summary>
public static class Eligibility
{
    /// <summary>Every restriction the business fails (empty = eligible). Needs products, certifications and assessments loaded.</summary>
    public static List<EligibilityFailure> Check(TrainingProgram p, Business b, DateOnly today)
    {
        var failures = new List<EligibilityFailure>();
        if (b.ProvinceCode != p.ProvinceCode)
        {
            failures.Add(EligibilityFailure.Province);
        }

        if (b.Verification != Verification.Verified)
        {
            failures.Add(EligibilityFailure.NotVerified);
        }

        var scales = ProgramRules.Parse<Scale>(p.EligibleScales);
        if (scales.Count > 0 && (BusinessScale.Derive(b.CapitalRupiah, b.AnnualSalesRupiah).Scale is not { } scale || !scales.Contains(scale)))
        {
            failures.Add(EligibilityFailure.Scale);
        }

        var kinds = ProgramRules.Parse<BusinessKind>(p.EligibleKinds);
        if (kinds.Count > 0 && !kinds.Contains(b.Kind))
        {
            failures.Add(EligibilityFailure.Kind);
        }

        var chapters = p.EligibleHsChapters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (chapters.Length > 0 && !b.Products.Any(pr => chapters.Any(c => pr.HsCode.StartsWith(c, StringComparison.Ordinal))))
        {
            failures.Add(EligibilityFailure.HsChapter);
        }

        var bands = ProgramRules.Parse<ReadinessBand>(p.EligibleBands);
        if (bands.Count > 0 && (RegistryViews.CurrentAssessment(b) is not { } current || !bands.Contains(current.Band)))
        {
            failures.Add(EligibilityFailure.Band);
        }

        var required = ProgramRules.Parse<CertificationType>(p.RequiredCertifications);
        if (required.Any(t => !b.Certifications.Any(c => c.Type == t && CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired)))
        {
            failures.Add(EligibilityFailure.Certification);
        }

        return failures;
    }

    public static string Describe(IEnumerable<EligibilityFailure> failures, bool english) =>
        string.Join(", ", failures.Select(f => ProgramTexts.Failure(f, english)));
}
