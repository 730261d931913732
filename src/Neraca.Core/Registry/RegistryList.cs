using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Neraca.Common.Tables;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>The registry list's filters as typed in a URL (all optional; an unknown value is an error, not ignored).</summary>
public sealed record RegistryFilter(string? Regency, string? Hs, string? Certification, string? Scale, string? Band, string? Stage);

/// <summary>The businesses a caller may see, filtered; the list page, the API and the CSV/XLSX downloads share it.</summary>
public static class RegistryList
{
    public static async Task<(List<Business>? Rows, List<RegistryError> Errors)> FilterAsync(NeracaDb db, ClaimsPrincipal user, RegistryFilter f, CancellationToken ct)
    {
        var errors = new List<RegistryError>();
        short? regencyCode = null;
        if (!string.IsNullOrWhiteSpace(f.Regency))
        {
            if (short.TryParse(f.Regency, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            {
                regencyCode = r;
            }
            else
            {
                errors.Add(new RegistryError("regency", "regency.code", f.Regency.Trim()));
            }
        }

        var certType = ParseOptional<CertificationType>(f.Certification, "certification", errors);
        var scaleValue = ParseOptional<Scale>(f.Scale, "scale", errors);
        var bandValue = ParseOptional<ReadinessBand>(f.Band, "band", errors);
        var stageValue = ParseOptional<FunnelStage>(f.Stage, "stage", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var q = RegistryAccess.Visible(db, user).AsNoTracking();
        if (regencyCode is { } code)
        {
            q = q.Where(b => b.RegencyCode == code);
        }

        var rows = await RegistryAccess.WithAll(q).OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var hs = f.Hs?.Trim() ?? "";
        return (rows.Where(b =>
            (hs.Length == 0 || b.Products.Any(p => p.HsCode.StartsWith(hs, StringComparison.Ordinal)))
            && (certType is null || b.Certifications.Any(c => c.Type == certType && CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired))
            && (scaleValue is null || RegistryViews.ScaleOf(b).Scale == EnumText.Of(scaleValue.Value))
            && (bandValue is null || RegistryViews.CurrentAssessment(b)?.Band == bandValue)
            && (stageValue is null || RegistryViews.FunnelOf(b).Stage == stageValue)).ToList(), errors);
    }

    private static T? ParseOptional<T>(string? text, string name, List<RegistryError> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(new RegistryError(name, "oneof", name, string.Join(", ", Enum.GetValues<T>().Select(EnumText.Of))));
        return null;
    }

    /// <summary>The columns of the CSV and XLSX downloads.</summary>
    public static readonly string[] ExportHeaders =
    [
        "id", "nib", "name", "kind", "scale", "scale_decided_by", "province", "regency_code", "regency", "owner_name", "owner_gender", "phone", "email",
        "employees", "band", "score", "stage", "verification", "hs_codes", "certifications",
    ];

    public static readonly IReadOnlySet<string> NumericColumns = new HashSet<string>(StringComparer.Ordinal) { "id", "employees", "score" };

    public static string[] ExportRow(Business b)
    {
        var s = RegistryViews.Summary(b);
        return
        [
            b.Id.ToString(CultureInfo.InvariantCulture), b.Nib, b.Name, s.Kind, s.Scale.Scale ?? "", s.Scale.DecidedBy ?? "",
            b.ProvinceCode.ToString(CultureInfo.InvariantCulture), b.RegencyCode.ToString(CultureInfo.InvariantCulture), s.Regency,
            b.OwnerName, b.OwnerGender, b.Phone, b.Email, b.Employees?.ToString(CultureInfo.InvariantCulture) ?? "", s.Band ?? "",
            s.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "", s.Stage, s.Verification,
            string.Join(' ', b.Products.Select(p => p.HsCode).Distinct()), string.Join(' ', b.Certifications.Select(c => EnumText.Of(c.Type)).Distinct()),
        ];
    }

    /// <summary>The list as CSV with a BOM, through the one CSV writer (formula guard included); `,` dialect as before.</summary>
    public static byte[] Csv(IEnumerable<Business> rows) =>
        CsvWriter.Encode(CsvWriter.Write(ExportHeaders, rows.Select(r => (IReadOnlyList<string>)ExportRow(r)), CsvDialect.English));

    /// <summary>The public catalog: consented, verified businesses, non-personal fields, current certificates only.</summary>
    public static async Task<List<CatalogEntry>> CatalogAsync(NeracaDb db, short? province, short? regency, string? hs, CancellationToken ct)
    {
        var q = db.Businesses.AsNoTracking().Where(b => b.CatalogConsent && b.Verification == Verification.Verified);
        if (province is { } p)
        {
            q = q.Where(b => b.ProvinceCode == p);
        }

        if (regency is { } r)
        {
            q = q.Where(b => b.RegencyCode == r);
        }

        var rows = await q.Include(b => b.Products).Include(b => b.Certifications).AsSplitQuery().OrderBy(b => b.Name).ToListAsync(ct);
        var productIds = rows.SelectMany(b => b.Products).Select(p => p.Id).ToList();
        var photos = (await db.ProductPhotos.AsNoTracking().Where(p => productIds.Contains(p.ProductId)).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.ProductId }).ToListAsync(ct)).ToLookup(p => p.ProductId, p => RegistryViews.PhotoUrl(p.Id, false));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return rows
            .Where(b => string.IsNullOrWhiteSpace(hs) || b.Products.Any(x => x.HsCode.StartsWith(hs.Trim(), StringComparison.Ordinal)))
            .Select(b => new CatalogEntry(
                b.Id, b.Name, EnumText.Of(b.Kind), RegistryViews.ScaleOf(b).Scale, Regencies.Get(b.RegencyCode)?.Name ?? "",
                [.. b.Products.OrderBy(x => x.Id).Select(x => new CatalogProduct(x.NameId, x.NameEn, x.HsCode, x.Packaging, x.MinimumOrder, [.. photos[x.Id]]))],
                [.. b.Certifications.Where(c => CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired).Select(c => EnumText.Of(c.Type)).Distinct().Order(StringComparer.Ordinal)]))
            .ToList();
    }
}
