using System.Text.Json;
using Neraca.Registry;
using Neraca.Storage;

namespace Neraca.Demo;

/// <summary>
/// Nine sample Lampung businesses for the demo, with products (6- and 8-digit HS codes of the province's real export
/// lines), certificates, readiness self-assessments scored by the real questionnaire and a few export records, so the
/// registry, catalog, funnel and readiness pages have something real to show. Names and NIBs are invented (the NIBs
/// use the 912… range no real OSS number starts with); every business is marked verified by the demo actor.
/// </summary>
public static class DemoRegistry
{
    private sealed record Sample(
        string Name, string Nib, string Form, string Kbli, BusinessKind Kind, decimal Capital, decimal Sales, short Regency,
        string Address, string Owner, string Gender, int Employees, int Founded, (string Id, string En, string Hs, decimal Capacity, string Unit, decimal PriceMin, decimal PriceMax)[] Products,
        (CertificationType Type, string Number, string Issuer)[] Certificates, string[] Yes, (string Date, string Country, string Hs, decimal Usd, string Buyer)[] Exports);

    private static readonly string[] Basic = ["leg_nib", "leg_tax_bank", "qual_cert", "fin_books"];
    private static readonly string[] Ready = [.. Basic, "qual_halal", "cap_volume", "cap_continuity", "pack_english", "pack_transport", "price_fob", "price_incoterms", "mkt_target", "mkt_buyers", "dig_site", "hr_english", "log_forwarder", "log_docs"];
    private static readonly string[] Potential = [.. Basic, "qual_halal", "cap_continuity", "pack_transport", "dig_b2b", "mkt_target", "price_fob"];

    private static readonly Sample[] Samples =
    [
        new("Kopi Bubuk Sekala Brak", "9120001000001", "CV", "10761", BusinessKind.Ikm, 350_000_000m, 1_200_000_000m, 1801, "Jl. Raya Liwa 12, Lampung Barat", "Siti Aminah", "P", 8, 2012,
            [("Kopi robusta sangrai bubuk", "Ground roasted robusta coffee", "09012120", 2_000m, "kg", 120_000m, 160_000m), ("Biji kopi robusta", "Robusta green coffee beans", "09011110", 10_000m, "kg", 45_000m, 55_000m)],
            [(CertificationType.Halal, "ID18110000123450223", "BPJPH"), (CertificationType.Pirt, "2061801010123-27", "Dinas Kesehatan Lampung Barat")], Ready,
            [("2025-08-14", "JP", "09011110", 48_500m, "Tokyo Coffee Trading"), ("2025-11-03", "SA", "09012120", 21_300m, "Riyadh Roasters")]),
        new("Keripik Pisang Mahkota", "9120001000002", "Perorangan", "10799", BusinessKind.Ikm, 150_000_000m, 900_000_000m, 1871, "Jl. Pagar Alam 45, Bandar Lampung", "Rina Wati", "P", 15, 2008,
            [("Keripik pisang cokelat", "Chocolate banana chips", "20089990", 3_000m, "kg", 60_000m, 75_000m)],
            [(CertificationType.Halal, "ID18110000223450224", "BPJPH"), (CertificationType.Pirt, "2061871020456-26", "Dinas Kesehatan Bandar Lampung")], Potential, []),
        new("Lada Hitam Way Kanan", "9120001000004", "UD", "46206", BusinessKind.Umkm, 200_000_000m, 2_500_000_000m, 1807, "Blambangan Umpu, Way Kanan", "Budi Santoso", "L", 5, 2016,
            [("Lada hitam butiran", "Black pepper, whole", "09041110", 5_000m, "kg", 70_000m, 90_000m)],
            [(CertificationType.Organic, "LSO-018-2024-077", "LeSOS")], Potential, []),
        new("Udang Beku Dipasena Mandiri", "9120001000005", "PT", "10213", BusinessKind.Ikm, 2_000_000_000m, 9_000_000_000m, 1808, "Rawajitu Timur, Tulang Bawang", "Hendra Wijaya", "L", 48, 2010,
            [("Udang vaname beku", "Frozen whiteleg shrimp", "03061720", 40_000m, "kg", 95_000m, 120_000m)],
            [(CertificationType.Haccp, "HACCP-18-0042", "BKIPM Lampung"), (CertificationType.FdaFoodFacility, "17482039551", "US FDA")], Ready,
            [("2025-06-20", "US", "03061720", 182_000m, "Pacific Seafood Imports"), ("2025-10-09", "JP", "03061720", 96_400m, "Osaka Marine Foods")]),
        new("Nanas Madu Lampung Tengah", "9120001000006", "CV", "10330", BusinessKind.Ikm, 500_000_000m, 1_800_000_000m, 1805, "Terbanggi Besar, Lampung Tengah", "Yuliana", "P", 22, 2014,
            [("Nanas kaleng potong dadu", "Canned pineapple, diced", "20082010", 8_000m, "kaleng", 18_000m, 22_000m)],
            [(CertificationType.Halal, "ID18110000323450225", "BPJPH"), (CertificationType.BpomMd, "MD 254113001018", "BPOM")], Potential, []),
        new("Tapis Lampung Ratu", "9120001000003", "CV", "13139", BusinessKind.Ikm, 1_500_000_000m, 4_000_000_000m, 1871, "Jl. Teuku Umar 3, Bandar Lampung", "Dewi Sartika", "P", 30, 2005,
            [("Kain tapis tenun tangan", "Hand-woven tapis cloth", "58109200", 150m, "lembar", 750_000m, 3_500_000m)],
            [], Potential, []),
        new("Gula Aren Pesawaran", "9120001000007", "Perorangan", "10721", BusinessKind.Umkm, 60_000_000m, 300_000_000m, 1809, "Gedong Tataan, Pesawaran", "Slamet Riyadi", "L", 4, 2019,
            [("Gula aren semut", "Granulated palm sugar", "17029099", 1_000m, "kg", 35_000m, 45_000m)],
            [(CertificationType.Pirt, "2061809030789-28", "Dinas Kesehatan Pesawaran")], Basic, []),
        new("Kakao Fermentasi Tanggamus", "9120001000008", "Koperasi", "10732", BusinessKind.Umkm, 250_000_000m, 1_100_000_000m, 1802, "Pulau Panggung, Tanggamus", "Ahmad Fauzi", "L", 12, 2015,
            [("Biji kakao fermentasi", "Fermented cocoa beans", "18010010", 6_000m, "kg", 85_000m, 110_000m)],
            [], Basic, []),
        new("Kemplang Ikan Pesisir Barat", "9120001000009", "Perorangan", "10750", BusinessKind.Umkm, 40_000_000m, 250_000_000m, 1813, "Krui, Pesisir Barat", "Marlina", "P", 6, 2020,
            [("Kerupuk kemplang ikan", "Fish crackers (kemplang)", "19059080", 800m, "kg", 50_000m, 65_000m)],
            [(CertificationType.Halal, "ID18110000423450226", "BPJPH")], Basic, []),
    ];

    /// <summary>Adds the sample businesses (province 18); returns how many.</summary>
    public static async Task<int> LoadAsync(NeracaDb db, DateTime nowUtc, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        foreach (var s in Samples)
        {
            var business = new Business
            {
                Name = s.Name,
                Nib = s.Nib,
                LegalForm = s.Form,
                KbliCodes = s.Kbli,
                Kind = s.Kind,
                CapitalRupiah = s.Capital,
                AnnualSalesRupiah = s.Sales,
                ProvinceCode = LampungPublished.Province,
                RegencyCode = s.Regency,
                Address = s.Address,
                Phone = "0812710" + s.Nib[^6..],
                OwnerName = s.Owner,
                OwnerGender = s.Gender,
                Employees = s.Employees,
                FoundedYear = s.Founded,
                CatalogConsent = true,
                Verification = Verification.Verified,
                CreatedAtUtc = nowUtc,
                VerifiedAtUtc = nowUtc,
                VerifiedBy = DemoLoader.Actor,
            };
            business.Products.AddRange(s.Products.Select(p => new Product
            {
                NameId = p.Id,
                NameEn = p.En,
                HsCode = p.Hs,
                MonthlyCapacity = p.Capacity,
                CapacityUnit = p.Unit,
                PriceMinRupiah = p.PriceMin,
                PriceMaxRupiah = p.PriceMax,
                MinimumOrder = "1 karton / 1 carton",
            }));
            business.Certifications.AddRange(s.Certificates.Select(c => new Certification
            {
                Type = c.Type,
                Number = c.Number,
                Issuer = c.Issuer,
                IssuedOn = today.AddYears(-1),
                ExpiresOn = today.AddYears(3),
            }));
            business.Exports.AddRange(s.Exports.Select(e => new ExportRecord
            {
                Date = DateOnly.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture),
                Country = e.Country,
                HsCode = e.Hs,
                ValueUsd = e.Usd,
                Buyer = e.Buyer,
            }));
            var answers = s.Yes.ToDictionary(q => q, _ => true, StringComparer.Ordinal);
            var result = Readiness.Score(answers, hasExported: s.Exports.Length > 0);
            business.Assessments.Add(new Assessment
            {
                QuestionnaireVersion = result.Version,
                Verified = false,
                AnswersJson = JsonSerializer.Serialize(answers),
                Score = result.Score,
                Band = result.Band,
                Date = today.AddDays(-30),
                By = DemoLoader.Actor,
            });
            db.Businesses.Add(business);
        }

        await db.SaveChangesAsync(ct);
        return Samples.Length;
    }
}
