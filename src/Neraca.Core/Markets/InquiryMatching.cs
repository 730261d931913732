using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>What a foreign buyer asks for, as far as matching needs it.</summary>
public sealed record InquiryNeed
{
    public string Hs { get; init; } = "";
    public string ProductText { get; init; } = "";

    /// <summary>ISO alpha-2 of the destination market.</summary>
    public string Country { get; init; } = "";
    public decimal? Quantity { get; init; }
    public string Unit { get; init; } = "";
    public IReadOnlyList<CertificationType> Certifications { get; init; } = [];
    public DateOnly Date { get; init; }
}

/// <summary>A business that can serve an inquiry, with the points of each reason (docs/decisions/0023).</summary>
public sealed record InquiryMatch
{
    [JsonPropertyName("business_id")] public int BusinessId { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("product")] public string Product { get; init; } = "";
    [JsonPropertyName("hs_code")] public string HsCode { get; init; } = "";
    [JsonPropertyName("score")] public decimal Score { get; init; }
    [JsonPropertyName("reasons")] public IReadOnlyList<MatchReason> Reasons { get; init; } = [];
}

/// <summary>One part of a match score; the detail in English (<c>detail</c>) and Bahasa Indonesia (<c>detail_id</c>).</summary>
public sealed record MatchReason(
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("points")] decimal Points,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("detail_id")] string DetailId)
{
    /// <summary>The detail in the reader's language: Indonesian unless the culture is English.</summary>
    public string DetailFor(CultureInfo culture) => Formatting.IsIndonesian(culture) ? DetailId : Detail;
}

/// <summary>
/// Ranks the registered, consenting businesses that can serve a buyer's inquiry: HS match level (40 for the same 8
/// digits, 35 for 6, 25 for 4, 10 for the chapter when only a chapter is asked; product words 15 without a code), capacity against the quantity (20,
/// in proportion when short), the required certifications held and valid on the date (20, in proportion), the readiness
/// band of the latest assessment (10 exporter / export-ready, 5 potential) and past exports (10 to that market, 5 to any).
/// A business without any product matching the code or the words is not a candidate.
/// </summary>
public static class InquiryMatching
{
    public const string HsLevel = "hs_match";
    public const string Capacity = "capacity";
    public const string Certifications = "certifications";
    public const string Readiness = "readiness";
    public const string PastExports = "past_exports";

    public static async Task<IReadOnlyList<InquiryMatch>> RankAsync(NeracaDb db, InquiryNeed need, short? province, CancellationToken ct = default)
    {
        var q = db.Businesses.AsNoTracking().Where(b => b.CatalogConsent && b.Verification != Verification.Rejected);
        if (province is short p)
        {
            q = q.Where(b => b.ProvinceCode == p);
        }

        var businesses = await q.Include(b => b.Products).Include(b => b.Certifications).Include(b => b.Exports).Include(b => b.Assessments)
            .AsSplitQuery().ToListAsync(ct);
        return Rank(businesses, need);
    }

    public static IReadOnlyList<InquiryMatch> Rank(IEnumerable<Business> businesses, InquiryNeed need) =>
        [.. businesses.Select(b => Match(b, need)).OfType<InquiryMatch>()
            .OrderByDescending(m => m.Score).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.BusinessId)];

    private static InquiryMatch? Match(Business b, InquiryNeed need)
    {
        var best = b.Products.Select(p => (Product: p, Points: HsPoints(p, need))).Where(x => x.Points > 0m)
            .OrderByDescending(x => x.Points).ThenByDescending(x => x.Product.MonthlyCapacity ?? 0m).FirstOrDefault();
        if (best.Product is null)
        {
            return null;
        }

        var product = best.Product;
        var reasons = new List<MatchReason>
        {
            new(HsLevel, best.Points,
                need.Hs.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"{product.HsCode} matches {need.Hs} at {Common(product.HsCode, need.Hs)} digits") : "product words match",
                need.Hs.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"{product.HsCode} cocok dengan {need.Hs} pada {Common(product.HsCode, need.Hs)} digit") : "kata produk cocok"),
            CapacityReason(product, need),
            CertificationReason(b, need),
            ReadinessReason(b),
            ExportReason(b, need),
        };
        return new InquiryMatch
        {
            BusinessId = b.Id,
            Name = b.Name,
            Product = product.NameEn.Length > 0 ? product.NameEn : product.NameId,
            HsCode = product.HsCode,
            Score = reasons.Sum(r => r.Points),
            Reasons = reasons,
        };
    }

    private static decimal HsPoints(Product p, InquiryNeed need)
    {
        if (need.Hs.Length > 0)
        {
            return Common(p.HsCode, need.Hs) switch
            {
                >= 8 => 40m,
                >= 6 => 35m,
                >= 4 => 25m,
                // A chapter alone (coffee vs pepper) is no match, unless the buyer gave only the chapter.
                >= 2 when need.Hs.Length == 2 => 10m,
                _ => 0m,
            };
        }

        var words = need.ProductText.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Length >= 3).ToList();
        return words.Count > 0 && words.Any(w => p.NameId.Contains(w, StringComparison.OrdinalIgnoreCase) || p.NameEn.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 15m : 0m;
    }

    /// <summary>Leading digits two HS codes share, counted at the HS levels 2, 4, 6, 8.</summary>
    private static int Common(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n - (n % 2);
    }

    private static MatchReason CapacityReason(Product p, InquiryNeed need)
    {
        var capacity = InUnit(p.MonthlyCapacity, p.CapacityUnit, need.Unit);
        if (need.Quantity is not decimal quantity || quantity <= 0m || capacity is not decimal c)
        {
            return new MatchReason(Capacity, 0m, "capacity or quantity unknown, or in units that do not convert",
                "kapasitas atau jumlah tidak diketahui, atau satuannya tidak dapat dikonversi");
        }

        var share = Math.Min(1m, c / quantity);
        return new MatchReason(Capacity, Neraca.Common.Percent.Round(20m * share),
            string.Create(CultureInfo.InvariantCulture, $"monthly capacity {c:0.###} {need.Unit} for {quantity:0.###} {need.Unit} asked"),
            string.Create(Formatting.Indonesian, $"kapasitas bulanan {c:0.###} {need.Unit} untuk {quantity:0.###} {need.Unit} yang diminta"));
    }

    /// <summary>Capacity in the inquiry's unit: the same unit, or kg and ton converted (1 ton = 1,000 kg).</summary>
    internal static decimal? InUnit(decimal? value, string from, string to)
    {
        if (value is not decimal v)
        {
            return null;
        }

        var (f, t) = (Unit(from), Unit(to));
        return f == t && f.Length > 0 ? v : (f, t) switch
        {
            ("kg", "ton") => v / 1000m,
            ("ton", "kg") => v * 1000m,
            _ => null,
        };
    }

    private static string Unit(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "kg" or "kilogram" or "kilo" => "kg",
        "t" or "ton" or "tonne" or "tons" or "tonnes" or "mt" => "ton",
        var u => u,
    };

    private static MatchReason CertificationReason(Business b, InquiryNeed need)
    {
        if (need.Certifications.Count == 0)
        {
            return new MatchReason(Certifications, 20m, "no certification required", "tidak ada sertifikasi yang disyaratkan");
        }

        var valid = b.Certifications.Where(c => c.ExpiresOn is null || c.ExpiresOn >= need.Date).Select(c => c.Type).ToHashSet();
        var missing = need.Certifications.Where(c => !valid.Contains(c)).Select(EnumText.Of).ToList();
        var held = need.Certifications.Count - missing.Count;
        return new MatchReason(Certifications, Neraca.Common.Percent.Round(20m * held / need.Certifications.Count),
            missing.Count == 0 ? "every required certification held and valid" : "missing or expired: " + string.Join(", ", missing),
            missing.Count == 0 ? "semua sertifikasi yang disyaratkan dimiliki dan berlaku" : "tidak ada atau kedaluwarsa: " + string.Join(", ", missing));
    }

    private static MatchReason ReadinessReason(Business b)
    {
        var latest = b.Assessments.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).FirstOrDefault();
        return latest?.Band switch
        {
            ReadinessBand.Eksportir or ReadinessBand.SiapEkspor => Band(10m, latest.Band),
            ReadinessBand.Potensial => Band(5m, latest.Band),
            null => new MatchReason(Readiness, 0m, "not assessed", "belum dinilai"),
            _ => Band(0m, latest.Band),
        };
    }

    private static MatchReason ExportReason(Business b, InquiryNeed need)
    {
        var there = b.Exports.Count(e => string.Equals(e.Country, need.Country, StringComparison.OrdinalIgnoreCase));
        return there > 0
            ? new MatchReason(PastExports, 10m, string.Create(CultureInfo.InvariantCulture, $"{there} export(s) to {need.Country} recorded"),
                string.Create(Formatting.Indonesian, $"{there} ekspor ke {need.Country} tercatat"))
            : b.Exports.Count > 0
                ? new MatchReason(PastExports, 5m, string.Create(CultureInfo.InvariantCulture, $"{b.Exports.Count} export(s) recorded, none to {need.Country}"),
                    string.Create(Formatting.Indonesian, $"{b.Exports.Count} ekspor tercatat, tidak ada ke {need.Country}"))
                : new MatchReason(PastExports, 0m, "no export recorded", "belum ada ekspor tercatat");
    }

    /// <summary>The band's code reads the same in both languages (the bands are named in Bahasa Indonesia).</summary>
    private static MatchReason Band(decimal points, ReadinessBand band)
    {
        var code = EnumText.Of(band);
        return new MatchReason(Readiness, points, code, code);
    }
}
