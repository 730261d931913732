using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>A business as the API and the pages show it: derived scale, readiness, funnel and gaps, never stored.</summary>
public static class RegistryViews
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Where a stored photo is served (the thumbnail with ?thumb=true).</summary>
    public static string PhotoUrl(int photoId, bool thumbnail) => $"/api/registry/photos/{photoId}" + (thumbnail ? "?thumb=true" : "");

    /// <summary>The latest verified assessment, else the latest self-assessment.</summary>
    public static Assessment? CurrentAssessment(Business b) =>
        b.Assessments.OrderByDescending(a => a.Verified).ThenByDescending(a => a.Date).ThenByDescending(a => a.Id).FirstOrDefault();

    public static FunnelPosition FunnelOf(Business b) => Funnel.Derive(
        DateOnly.FromDateTime(b.CreatedAtUtc),
        b.Assessments.Select(a => (a.Date, a.Score)),
        b.Enrolments.Where(e => e.CompletedOn is not null).Select(e => e.CompletedOn!.Value),
        b.Exports.Select(e => e.Date));

    public static ScaleInfo ScaleOf(Business b)
    {
        var s = BusinessScale.Derive(b.CapitalRupiah, b.AnnualSalesRupiah);
        return new ScaleInfo(s.Scale is { } v ? EnumText.Of(v) : null, s.DecidedBy is { } d ? EnumText.Of(d) : null);
    }

    public static BusinessSummary Summary(Business b)
    {
        var current = CurrentAssessment(b);
        return new BusinessSummary(b.Id, b.Name, b.Nib, EnumText.Of(b.Kind), b.ProvinceCode, b.RegencyCode, Regencies.Get(b.RegencyCode)?.Name ?? "",
            ScaleOf(b), current is null ? null : EnumText.Of(current.Band), current?.Score, EnumText.Of(FunnelOf(b).Stage), EnumText.Of(b.Verification));
    }

    /// <summary>Photo ids and sizes of the business's products (queried apart: the bytes are not loaded).</summary>
    public static async Task<ILookup<int, PhotoView>> PhotosAsync(NeracaDb db, Business b, CancellationToken ct)
    {
        var ids = b.Products.Select(p => p.Id).ToList();
        var rows = await db.ProductPhotos.AsNoTracking().Where(p => ids.Contains(p.ProductId)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProductId, p.Width, p.Height }).ToListAsync(ct);
        return rows.ToLookup(p => p.ProductId, p => new PhotoView(p.Id, p.Width, p.Height, PhotoUrl(p.Id, false), PhotoUrl(p.Id, true)));
    }

    public static async Task<BusinessDetail> DetailAsync(NeracaDb db, Business b, CancellationToken ct) => Detail(b, await PhotosAsync(db, b, ct));

    public static BusinessDetail Detail(Business b, ILookup<int, PhotoView>? photos = null)
    {
        var today = Today;
        var funnel = FunnelOf(b);
        return new BusinessDetail(
            b.Id, b.Name, b.Nib, b.LegalForm, b.KbliCodes, EnumText.Of(b.Kind), b.CapitalRupiah, b.AnnualSalesRupiah, ScaleOf(b), b.ProvinceCode, b.RegencyCode,
            Regencies.Get(b.RegencyCode)?.Name ?? "", b.Address, b.Phone, b.Email, b.Website, b.OwnerName, b.OwnerGender, b.Employees, b.FoundedYear, b.CatalogConsent,
            EnumText.Of(b.Verification),
            [.. b.Products.OrderBy(p => p.Id).Select(p => new ProductView(p.Id, p.NameId, p.NameEn, p.HsCode, p.Description, p.MonthlyCapacity, p.CapacityUnit, p.PriceMinRupiah, p.PriceMaxRupiah, p.MinimumOrder, p.Packaging, p.ShelfLifeDays, [.. photos?[p.Id] ?? []]))],
            [.. b.Certifications.OrderBy(c => c.Id).Select(c => new CertificationView(c.Id, EnumText.Of(c.Type), c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn, EnumText.Of(CertificationExpiry.Status(c.ExpiresOn, today))))],
            [.. b.Exports.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new ExportView(e.Id, e.Date, e.Country, e.HsCode, e.ValueUsd, e.Volume, e.Buyer, e.PortOfLoading))],
            [.. b.Assessments.OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => new AssessmentView(a.Id, a.QuestionnaireVersion, a.Verified, a.Score, EnumText.Of(a.Band), a.Date, a.By, Gaps(a, b)))],
            [.. Participations(b)],
            EnumText.Of(funnel.Stage),
            [.. funnel.Steps.Select(s => new StepView(EnumText.Of(s.Stage), s.ReachedOn))]);
    }

    /// <summary>
    /// The programs the business was selected for (id = the program's; date = completion, else the start), after any
    /// placeholder record not yet moved into programs (decision 0022).
    /// </summary>
    private static IEnumerable<ParticipationView> Participations(Business b) =>
        b.Participations.Select(p => new ParticipationView(p.Id, p.ProgramName, p.Date))
            .Concat(b.Enrolments.Where(e => e.Status == Programs.EnrolmentStatus.Selected && e.Program is not null)
                .Select(e => new ParticipationView(e.ProgramId, e.Program!.Name, e.CompletedOn ?? e.Program.StartDate)))
            .OrderBy(p => p.Date);

    /// <summary>Gaps recomputed from the stored answers with the stored questionnaire version (only 2026.1 exists so far).</summary>
    private static List<GapView> Gaps(Assessment a, Business b)
    {
        if (a.QuestionnaireVersion != Readiness.Version)
        {
            return [];
        }

        var stored = JsonSerializer.Deserialize<StoredAnswers>(a.AnswersJson, JsonSerializerOptions.Web) ?? new StoredAnswers(null, null);
        var result = Readiness.Score(stored.Answers ?? [], b.Exports.Count > 0, stored.Markets, b.Certifications.Select(c => c.Type));
        return [.. result.Gaps.Select(g => new GapView(g.QuestionId, g.Area, g.PointsLost, g.RecommendationId, g.RecommendationEn))];
    }

    private sealed record StoredAnswers(Dictionary<string, bool>? Answers, List<string>? Markets);
}
