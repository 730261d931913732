using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>A certification as the public sees it: its type and until when it is valid (never its number or issuer).</summary>
public sealed record PublicCertification(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("valid_until")] DateOnly? ValidUntil);

/// <summary>A product in the public catalog: what a foreign buyer needs to ask about it, nothing about people.</summary>
public sealed record PublicProduct
{
    [JsonPropertyName("id")] public int Id { get; init; }
    [JsonPropertyName("name_id")] public string NameId { get; init; } = "";
    [JsonPropertyName("name_en")] public string NameEn { get; init; } = "";
    [JsonPropertyName("hs_code")] public string HsCode { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("monthly_capacity")] public decimal? MonthlyCapacity { get; init; }
    [JsonPropertyName("capacity_unit")] public string CapacityUnit { get; init; } = "";
    [JsonPropertyName("minimum_order")] public string MinimumOrder { get; init; } = "";
    [JsonPropertyName("packaging")] public string Packaging { get; init; } = "";
    [JsonPropertyName("photos")] public IReadOnlyList<string> Photos { get; init; } = [];
}

/// <summary>
/// A business in the public catalog (consented and verified). Built field by field from a whitelist: the owner, NIB,
/// address, phone, e-mail, website, capital, sales and employees are never read into it (decision 0023).
/// </summary>
public sealed record PublicBusiness
{
    [JsonPropertyName("id")] public int Id { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("regency_code")] public short RegencyCode { get; init; }
    [JsonPropertyName("regency")] public string Regency { get; init; } = "";
    [JsonPropertyName("products")] public IReadOnlyList<PublicProduct> Products { get; init; } = [];
    [JsonPropertyName("certifications")] public IReadOnlyList<PublicCertification> Certifications { get; init; } = [];
}

/// <summary>The public bilingual catalog of consenting, verified businesses: search by product text, HS code, certification and regency.</summary>
public static class PublicCatalog
{
    public const int MaxQueryLength = 100;

    /// <summary>Matching businesses with only their matching products when a product filter is given.</summary>
    public static async Task<IReadOnlyList<PublicBusiness>> SearchAsync(NeracaDb db, string? text, string? hs, string? certification, short? regency, DateOnly today, CancellationToken ct = default)
    {
        var q = Listed(db);
        if (regency is short r)
        {
            q = q.Where(b => b.RegencyCode == r);
        }

        var all = await ToPublicAsync(db, await q.Include(b => b.Products).Include(b => b.Certifications).AsSplitQuery().OrderBy(b => b.Name).ToListAsync(ct), today, ct);
        var words = (text ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var code = (hs ?? "").Trim().Replace(".", "", StringComparison.Ordinal);
        var cert = (certification ?? "").Trim();
        return [.. all
            .Where(b => cert.Length == 0 || b.Certifications.Any(c => string.Equals(c.Type, cert, StringComparison.OrdinalIgnoreCase)))
            .Select(b => b with { Products = [.. b.Products.Where(p => Matches(p, words, code))] })
            .Where(b => b.Products.Count > 0 || (words.Length == 0 && code.Length == 0))];
    }

    public static async Task<PublicBusiness?> GetAsync(NeracaDb db, int id, DateOnly today, CancellationToken ct = default)
    {
        var b = await Listed(db).Where(x => x.Id == id).Include(x => x.Products).Include(x => x.Certifications).AsSplitQuery().FirstOrDefaultAsync(ct);
        return b is null ? null : (await ToPublicAsync(db, [b], today, ct))[0];
    }

    /// <summary>The ids of every listed business, for the sitemap.</summary>
    public static Task<List<int>> IdsAsync(NeracaDb db, CancellationToken ct = default) => Listed(db).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);

    /// <summary>A product the catalog shows (its business consents and is verified), or null: what may pre-fill the public inquiry form.</summary>
    public static Task<Product?> ListedProductAsync(NeracaDb db, int productId, CancellationToken ct = default) =>
        db.Products.AsNoTracking().Where(p => p.Id == productId && Listed(db).Any(b => b.Id == p.BusinessId)).FirstOrDefaultAsync(ct);

    /// <summary>Whether the catalog shows a business, and so its photos to anyone.</summary>
    public static Task<bool> IsListedAsync(NeracaDb db, int businessId, CancellationToken ct = default) =>
        Listed(db).AnyAsync(b => b.Id == businessId, ct);

    /// <summary>A strong ETag of what a response holds: equal content, equal tag.</summary>
    public static string ETag<T>(T value) => "\"" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value)))[..32] + "\"";

    private static IQueryable<Business> Listed(NeracaDb db) =>
        db.Businesses.AsNoTracking().Where(b => b.CatalogConsent && b.Verification == Verification.Verified);

    private static bool Matches(PublicProduct p, string[] words, string code) =>
        (code.Length == 0 || p.HsCode.StartsWith(code, StringComparison.Ordinal))
        && words.All(w => p.NameId.Contains(w, StringComparison.OrdinalIgnoreCase) || p.NameEn.Contains(w, StringComparison.OrdinalIgnoreCase)
            || p.Description.Contains(w, StringComparison.OrdinalIgnoreCase) || p.HsCode.StartsWith(w, StringComparison.Ordinal));

    private static async Task<List<PublicBusiness>> ToPublicAsync(NeracaDb db, List<Business> rows, DateOnly today, CancellationToken ct)
    {
        var productIds = rows.SelectMany(b => b.Products).Select(p => p.Id).ToList();
        var photos = (await db.ProductPhotos.AsNoTracking().Where(p => productIds.Contains(p.ProductId)).OrderBy(p => p.Slot)
            .Select(p => new { p.Id, p.ProductId }).ToListAsync(ct)).ToLookup(p => p.ProductId, p => RegistryViews.PhotoUrl(p.Id, false));
        return [.. rows.Select(b => new PublicBusiness
        {
            Id = b.Id,
            Name = b.Name,
            Kind = EnumText.Of(b.Kind),
            RegencyCode = b.RegencyCode,
            Regency = Regencies.Get(b.RegencyCode)?.Name ?? "",
            Products = [.. b.Products.OrderBy(p => p.Id).Select(p => new PublicProduct
            {
                Id = p.Id, NameId = p.NameId, NameEn = p.NameEn, HsCode = p.HsCode, Description = p.Description, MonthlyCapacity = p.MonthlyCapacity,
                CapacityUnit = p.CapacityUnit, MinimumOrder = p.MinimumOrder, Packaging = p.Packaging, Photos = [.. photos[p.Id]],
            })],
            Certifications = [.. b.Certifications.Where(c => CertificationExpiry.Status(c.ExpiresOn, today) != ExpiryStatus.Expired)
                .OrderBy(c => c.Type).Select(c => new PublicCertification(EnumText.Of(c.Type), c.ExpiresOn))],
        })];
    }
}
