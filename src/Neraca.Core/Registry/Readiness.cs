using System.Globalization;

namespace Neraca.Registry;

public enum ReadinessBand
{
    BelumSiap,
    Potensial,
    SiapEkspor,
    Eksportir,
}

public sealed record ReadinessArea(string Id, int Weight, string TitleId, string TitleEn);

/// <summary>A yes/no question; a "no" (or no answer) is a gap with the recommendation.</summary>
public sealed record ReadinessQuestion(string Id, string Area, string TextId, string TextEn, string RecommendationId, string RecommendationEn);

public sealed record ReadinessGap(string QuestionId, string Area, decimal PointsLost, string RecommendationId, string RecommendationEn)
{
    public string Recommendation(string language) => language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? RecommendationId : RecommendationEn;
}

public sealed record ReadinessResult(string Version, decimal Score, ReadinessBand Band, IReadOnlyDictionary<string, decimal> AreaScores, IReadOnlyList<ReadinessGap> Gaps);

/// <summary>
/// The export-readiness questionnaire, version <see cref="Version"/>: ten weighted areas (weights sum to 100), each
/// question worth an equal share of its area's weight. Score = Σ points of "yes" answers, rounded to one decimal.
/// Bands: below 40 belum siap, 40 to below 70 potensial, 70 and above siap ekspor; eksportir when the score is 70 or
/// more and the business has reported an export. A new version gets a new id; old assessments keep theirs.
/// </summary>
public static class Readiness
{
    public const string Version = "2026.1";
    public const decimal PotentialFrom = 40m;
    public const decimal ReadyFrom = 70m;

    /// <summary>Target markets that add market-specific recommendations.</summary>
    public static readonly IReadOnlyList<string> Markets = ["middle-east", "us", "eu"];

    public static readonly IReadOnlyList<ReadinessArea> Areas =
    [
        new("legality", 10, "Legalitas dan dokumen", "Legality and documents"),
        new("quality", 15, "Mutu produk dan sertifikasi", "Product quality and certification"),
        new("capacity", 15, "Kapasitas dan kontinuitas produksi (3K)", "Production capacity and continuity (3K)"),
        new("packaging", 10, "Kemasan dan label", "Packaging and labelling"),
        new("pricing", 10, "Harga dan Incoterms", "Pricing and Incoterms"),
        new("market", 10, "Pengetahuan pasar", "Market knowledge"),
        new("digital", 5, "Kehadiran digital dan promosi", "Digital presence and promotion"),
        new("finance", 10, "Keuangan dan pembayaran", "Finance and payment"),
        new("people", 10, "SDM dan pengalaman ekspor", "Human resources and export experience"),
        new("logistics", 5, "Logistik", "Logistics"),
    ];

    public static readonly IReadOnlyList<ReadinessQuestion> Questions =
    [
        Q("leg_nib", "legality", "Usaha memiliki NIB yang berlaku di OSS.", "The business has a valid NIB in OSS.",
            "Urus atau perbarui NIB di OSS (oss.go.id).", "Obtain or update the NIB in OSS (oss.go.id)."),
        Q("leg_tax_bank", "legality", "Usaha memiliki NPWP dan rekening bank atas nama usaha.", "The business has a tax number (NPWP) and a business bank account.",
            "Buat NPWP dan rekening bank atas nama usaha untuk menerima pembayaran ekspor.", "Register a tax number (NPWP) and open a business bank account to receive export payments."),
        Q("qual_cert", "quality", "Produk memiliki izin edar/sertifikat mutu (BPOM, PIRT, SNI atau HACCP).", "The product has a marketing authorisation or quality certificate (BPOM, PIRT, SNI or HACCP).",
            "Urus izin edar BPOM MD atau sertifikat SNI/HACCP sesuai produk.", "Obtain a BPOM MD registration or an SNI/HACCP certificate suited to the product."),
        Q("qual_halal", "quality", "Produk bersertifikat halal (BPJPH).", "The product is halal certified (BPJPH).",
            "Urus sertifikat halal BPJPH — wajib untuk pasar Timur Tengah dan negara mayoritas Muslim.", "Obtain BPJPH halal certification — required for Middle-East and Muslim-majority markets."),
        Q("cap_volume", "capacity", "Mampu memasok volume pesanan ekspor (mis. satu kontainer 20 kaki) dalam tiga bulan.", "Can supply an export order volume (e.g. one 20-foot container) within three months.",
            "Tingkatkan kapasitas atau bentuk konsorsium dengan usaha sejenis agar mampu memenuhi volume kontainer.", "Increase capacity or form a consortium with similar businesses to reach container volumes."),
        Q("cap_continuity", "capacity", "Produksi berjalan sepanjang tahun dengan mutu yang konsisten.", "Production runs all year with consistent quality.",
            "Amankan pasokan bahan baku sepanjang tahun dan terapkan standar mutu tertulis.", "Secure year-round raw material supply and apply written quality standards."),
        Q("pack_english", "packaging", "Label dalam bahasa Inggris (komposisi, berat bersih, kedaluwarsa, negara asal).", "Labels in English (ingredients, net weight, expiry date, country of origin).",
            "Buat label berbahasa Inggris dengan komposisi, berat bersih, tanggal kedaluwarsa dan 'Product of Indonesia'.", "Add English labelling with ingredients, net weight, expiry date and 'Product of Indonesia'."),
        Q("pack_transport", "packaging", "Kemasan tahan pengiriman jarak jauh dan penyimpanan lama.", "Packaging withstands long-distance shipping and storage.",
            "Uji dan perbaiki kemasan untuk pengiriman laut (kedap udara, karton ekspor).", "Test and improve packaging for sea freight (airtight, export cartons)."),
        Q("price_fob", "pricing", "Dapat menghitung harga ekspor FOB dan CIF.", "Can calculate FOB and CIF export prices.",
            "Ikuti pelatihan kalkulasi harga ekspor (FOB/CIF).", "Attend training on export price calculation (FOB/CIF)."),
        Q("price_incoterms", "pricing", "Memahami Incoterms 2020.", "Understands Incoterms 2020.",
            "Pelajari Incoterms 2020 dan tentukan syarat penyerahan yang ditawarkan.", "Learn Incoterms 2020 and decide which delivery terms to offer."),
        Q("mkt_target", "market", "Sudah menentukan negara tujuan dan mengetahui regulasi impornya.", "Has chosen target countries and knows their import regulations.",
            "Pilih negara tujuan dan pelajari regulasinya (mis. lewat ITPC atau atase perdagangan).", "Choose target countries and study their rules (e.g. through ITPC or trade attachés)."),
        Q("mkt_buyers", "market", "Pernah berkomunikasi dengan calon pembeli luar negeri.", "Has been in contact with prospective foreign buyers.",
            "Ikuti business matching atau pameran dagang untuk bertemu pembeli.", "Join business matching or trade fairs to meet buyers."),
        Q("dig_site", "digital", "Memiliki situs web atau katalog daring berbahasa Inggris.", "Has a website or online catalogue in English.",
            "Buat katalog daring berbahasa Inggris dengan foto, spesifikasi dan kontak.", "Publish an English online catalogue with photos, specifications and contacts."),
        Q("dig_b2b", "digital", "Terdaftar di marketplace B2B atau pernah ikut pameran.", "Listed on a B2B marketplace or has exhibited at a fair.",
            "Daftarkan produk di marketplace B2B (mis. INAExport).", "List the products on a B2B marketplace (e.g. INAExport)."),
        Q("fin_books", "finance", "Pembukuan usaha terpisah dari keuangan pribadi.", "Business accounts are kept separate from personal finances.",
            "Pisahkan keuangan usaha dan buat laporan keuangan sederhana.", "Separate business finances and keep simple financial statements."),
        Q("fin_payment", "finance", "Memahami pembayaran ekspor (L/C, T/T) dan risiko kurs.", "Understands export payment terms (L/C, T/T) and exchange-rate risk.",
            "Pelajari cara pembayaran ekspor dan pembiayaan ekspor (mis. LPEI).", "Learn export payment methods and export financing (e.g. LPEI)."),
        Q("hr_english", "people", "Ada staf yang dapat berkorespondensi dalam bahasa Inggris.", "Someone on staff can correspond in English.",
            "Siapkan staf yang mampu berkorespondensi dalam bahasa Inggris.", "Train or hire staff able to correspond in English."),
        Q("hr_experience", "people", "Pernah mengekspor, langsung atau melalui pihak lain.", "Has exported, directly or through an intermediary.",
            "Mulai dengan ekspor melalui agregator atau trading house.", "Start exporting through an aggregator or trading house."),
        Q("log_forwarder", "logistics", "Bekerja sama dengan freight forwarder.", "Works with a freight forwarder.",
            "Jalin kerja sama dengan freight forwarder di Pelabuhan Panjang.", "Partner with a freight forwarder at Panjang port."),
        Q("log_docs", "logistics", "Memahami dokumen ekspor (PEB, SKA/COO, invoice, packing list).", "Knows the export documents (PEB, certificate of origin, invoice, packing list).",
            "Pelajari dokumen ekspor: PEB, SKA/COO, invoice dan packing list.", "Learn the export documents: PEB, certificate of origin, invoice and packing list."),
    ];

    private static readonly ReadinessGap UsFda = new("market_us_fda", "quality", 0m,
        "Daftarkan fasilitas pangan ke US FDA (Food Facility Registration) sebelum mengekspor ke Amerika Serikat.",
        "Register the food facility with the US FDA before exporting to the United States.");

    private static readonly ReadinessGap EuLabel = new("market_eu_rules", "market", 0m,
        "Penuhi aturan UE: label sesuai Regulasi 1169/2011 dan batas residu pestisida.",
        "Meet EU rules: labelling under Regulation 1169/2011 and pesticide residue limits.");

    /// <summary>Points one "yes" is worth: its area's weight shared equally among the area's questions.</summary>
    public static decimal Points(ReadinessQuestion q)
    {
        var area = Areas.First(a => a.Id == q.Area);
        return (decimal)area.Weight / Questions.Count(x => x.Area == q.Area);
    }

    /// <exception cref="ArgumentException">an answer names an unknown question or an unknown target market.</exception>
    public static ReadinessResult Score(
        IReadOnlyDictionary<string, bool> answers, bool hasExported = false, IEnumerable<string>? markets = null, IEnumerable<CertificationType>? certifications = null)
    {
        var unknown = answers.Keys.Where(k => Questions.All(q => q.Id != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown question(s): {string.Join(", ", unknown)}", nameof(answers));
        }

        var targets = (markets ?? []).Select(m => m.Trim().ToLowerInvariant()).ToList();
        var badMarket = targets.FirstOrDefault(m => !Markets.Contains(m));
        if (badMarket is not null)
        {
            throw new ArgumentException($"unknown market '{badMarket}' (known: {string.Join(", ", Markets)})", nameof(markets));
        }

        var score = 0m;
        var areaScores = Areas.ToDictionary(a => a.Id, _ => 0m, StringComparer.Ordinal);
        var gaps = new List<ReadinessGap>();
        foreach (var q in Questions)
        {
            var points = Points(q);
            if (answers.TryGetValue(q.Id, out var yes) && yes)
            {
                score += points;
                areaScores[q.Area] += points;
            }
            else
            {
                gaps.Add(new ReadinessGap(q.Id, q.Area, points, q.RecommendationId, q.RecommendationEn));
            }
        }

        if (targets.Contains("us") && !(certifications ?? []).Contains(CertificationType.FdaFoodFacility))
        {
            gaps.Add(UsFda);
        }

        if (targets.Contains("eu"))
        {
            gaps.Add(EuLabel);
        }

        // Halal first for Middle-East markets, then the largest losses.
        var ordered = gaps
            .OrderByDescending(g => targets.Contains("middle-east") && g.QuestionId == "qual_halal")
            .ThenByDescending(g => g.PointsLost)
            .ThenBy(g => Questions.ToList().FindIndex(q => q.Id == g.QuestionId) is var i && i < 0 ? int.MaxValue : i)
            .ToList();
        var rounded = Math.Round(score, 1, MidpointRounding.AwayFromZero);
        return new ReadinessResult(Version, rounded, Band(rounded, hasExported), areaScores, ordered);
    }

    public static ReadinessBand Band(decimal score, bool hasExported) => score switch
    {
        < PotentialFrom => ReadinessBand.BelumSiap,
        < ReadyFrom => ReadinessBand.Potensial,
        _ => hasExported ? ReadinessBand.Eksportir : ReadinessBand.SiapEkspor,
    };

    public static string BandName(ReadinessBand band, string language) => (band, language.StartsWith("id", StringComparison.OrdinalIgnoreCase)) switch
    {
        (ReadinessBand.BelumSiap, true) => "belum siap",
        (ReadinessBand.Potensial, true) => "potensial",
        (ReadinessBand.SiapEkspor, true) => "siap ekspor",
        (ReadinessBand.Eksportir, true) => "eksportir",
        (ReadinessBand.BelumSiap, false) => "not ready",
        (ReadinessBand.Potensial, false) => "potential",
        (ReadinessBand.SiapEkspor, false) => "export ready",
        _ => "exporter",
    };

    public static string Describe(decimal score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    private static ReadinessQuestion Q(string id, string area, string textId, string textEn, string recId, string recEn) => new(id, area, textId, textEn, recId, recEn);
}
