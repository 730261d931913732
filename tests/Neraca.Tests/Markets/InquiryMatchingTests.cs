using Neraca.Markets;
using Neraca.Registry;

namespace Neraca.Tests.Markets;

/// <summary>The ranking of businesses for a buyer's inquiry, with its reasons (docs/decisions/0023), hand-computed.</summary>
public class InquiryMatchingTests
{
    private static readonly InquiryNeed Coffee = new()
    {
        Hs = "090111",
        Country = "US",
        Quantity = 20m,
        Unit = "ton",
        Certifications = [CertificationType.Halal, CertificationType.Haccp],
        Date = new DateOnly(2026, 12, 1),
    };

    private static Business B(int id, string name, string hs, decimal? capacity, string unit, CertificationType[]? certs = null, ReadinessBand? band = null, string[]? exportsTo = null, DateOnly? expires = null) => new()
    {
        Id = id,
        Name = name,
        Products = [new Product { NameId = "Kopi", NameEn = "Coffee " + name, HsCode = hs, MonthlyCapacity = capacity, CapacityUnit = unit }],
        Certifications = [.. (certs ?? []).Select(c => new Certification { Type = c, ExpiresOn = expires })],
        Assessments = band is ReadinessBand b ? [new Assessment { Band = b, Date = new DateOnly(2026, 1, 1) }] : [],
        Exports = [.. (exportsTo ?? []).Select(c => new ExportRecord { Country = c, HsCode = hs, Date = new DateOnly(2025, 5, 1) })],
    };

    [Fact]
    public void Rank_Coffee_HandComputedWithReasons()
    {
        var businesses = new[]
        {
            // 8-digit under 090111 (35: same 6 digits), 30,000 kg = 30 t ≥ 20 t (20), halal + HACCP (20), export-ready (10), exported to US (10) = 95
            B(1, "Alpha", "09011110", 30_000m, "kg", [CertificationType.Halal, CertificationType.Haccp], ReadinessBand.SiapEkspor, ["US"]),
            // roasted 090121: same heading only (25), 10 t of 20 (10), halal only (10), potential (5), exported to JP only (5) = 55
            B(2, "Beta", "090121", 10m, "ton", [CertificationType.Halal], ReadinessBand.Potensial, ["JP"]),
            // exact 090111 (35), capacity in "sacks" (0), HACCP expired (0 of 2 valid → halal missing too) = 35
            B(3, "Gamma", "090111", 500m, "sacks", [CertificationType.Haccp], expires: new DateOnly(2026, 1, 1)),
            // pepper 090411: the same chapter only, not a candidate for a coffee inquiry
            B(4, "Delta", "090411", 50m, "ton"),
        };

        var ranking = InquiryMatching.Rank(businesses, Coffee);

        Assert.Equal([("Alpha", 95m), ("Beta", 55m), ("Gamma", 35m)], ranking.Select(m => (m.Name, m.Score)));
        Assert.Equal([35m, 20m, 20m, 10m, 10m], ranking[0].Reasons.Select(r => r.Points));
        Assert.Equal("missing or expired: haccp", ranking[1].Reasons[2].Detail);
        Assert.Equal("missing or expired: halal, haccp", ranking[2].Reasons[2].Detail);
        Assert.Equal("090121 matches 090111 at 4 digits", ranking[1].Reasons[0].Detail);
    }

    [Fact]
    public void Rank_Coffee_EveryReasonInBothLanguages()
    {
        var ranking = InquiryMatching.Rank(
            [B(2, "Beta", "090121", 10m, "ton", [CertificationType.Halal], ReadinessBand.Potensial, ["JP"]), B(5, "Epsilon", "090111", null, "kg")], Coffee);

        Assert.Equal(
            ["090121 cocok dengan 090111 pada 4 digit", "kapasitas bulanan 10 ton untuk 20 ton yang diminta", "tidak ada atau kedaluwarsa: haccp", "potensial", "1 ekspor tercatat, tidak ada ke US"],
            ranking.Single(m => m.Name == "Beta").Reasons.Select(r => r.DetailFor(Neraca.Common.Formatting.Indonesian)));
        var epsilon = ranking.Single(m => m.Name == "Epsilon").Reasons;
        Assert.Equal("kapasitas atau jumlah tidak diketahui, atau satuannya tidak dapat dikonversi", epsilon[1].DetailId);
        Assert.Equal(["belum dinilai", "belum ada ekspor tercatat"], epsilon.Skip(3).Select(r => r.DetailId));
        Assert.Equal("no export recorded", epsilon[4].DetailFor(Neraca.Common.Formatting.English));
    }

    [Fact]
    public void Rank_ChapterOnlyInquiry_ChapterMatchCounts()
    {
        var match = Assert.Single(InquiryMatching.Rank([B(4, "Delta", "090411", 50m, "ton")], Coffee with { Hs = "09" }));

        Assert.Equal((10m, 30m), (match.Reasons[0].Points, match.Score));   // chapter 10 + capacity 50 t for 20 t 20; no certification, assessment or export
    }

    [Fact]
    public void Rank_NoHsCode_ProductWordsMatch()
    {
        var palm = B(2, "Beta", "151110", null, "kg");
        palm.Products[0].NameEn = "Crude palm oil";
        var ranking = InquiryMatching.Rank([B(1, "Alpha", "090111", null, "kg"), palm],
            new InquiryNeed { ProductText = "robusta coffee", Country = "DE", Date = new DateOnly(2026, 1, 1) });

        var match = Assert.Single(ranking);
        Assert.Equal((1, 15m + 20m), (match.BusinessId, match.Score));   // words 15, no certification required 20
    }

    [Theory]
    [InlineData(2000, "kg", "ton", 2)]
    [InlineData(3, "ton", "kg", 3000)]
    [InlineData(5, "Ton", "t", 5)]
    public void InUnit_KgAndTon_Converted(decimal value, string from, string to, decimal expected) =>
        Assert.Equal(expected, InquiryMatching.InUnit(value, from, to));

    [Fact]
    public void InUnit_OtherUnits_Unknown() => Assert.Null(InquiryMatching.InUnit(5m, "sacks", "kg"));
}
