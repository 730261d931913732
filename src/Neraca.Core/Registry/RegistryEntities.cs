namespace Neraca.Registry;

/// <summary>IKM = small/medium industry (manufacturing), UMKM = micro/small/medium trade or other business.</summary>
public enum BusinessKind
{
    Ikm,
    Umkm,
}

public enum Verification
{
    Pending,
    Verified,
    Rejected,
}

/// <summary>An IKM/UMKM in the registry. Scale, readiness band and funnel stage are derived, never stored.</summary>
public sealed class Business
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Nib { get; set; } = "";
    public string LegalForm { get; set; } = "";

    /// <summary>KBLI 2020 five-digit codes, comma-separated.</summary>
    public string KbliCodes { get; set; } = "";
    public BusinessKind Kind { get; set; }

    /// <summary>Business capital excluding land and buildings, in Rupiah.</summary>
    public decimal? CapitalRupiah { get; set; }
    public decimal? AnnualSalesRupiah { get; set; }
    public short ProvinceCode { get; set; }
    public short RegencyCode { get; set; }
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Website { get; set; } = "";
    public string OwnerName { get; set; } = "";

    /// <summary>"F" or "M" (for women-led business statistics); empty when unknown.</summary>
    public string OwnerGender { get; set; } = "";
    public int? Employees { get; set; }
    public int? FoundedYear { get; set; }
    public bool CatalogConsent { get; set; }

    /// <summary>The `business` user who owns the record; null when an officer registered it for the business.</summary>
    public string? OwnerUserId { get; set; }
    public Verification Verification { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? VerifiedAtUtc { get; set; }
    public string? VerifiedBy { get; set; }

    public List<Product> Products { get; set; } = [];
    public List<Certification> Certifications { get; set; } = [];
    public List<ExportRecord> Exports { get; set; } = [];
    public List<Assessment> Assessments { get; set; } = [];
    public List<ProgramParticipation> Participations { get; set; } = [];

    /// <summary>Places in training programs; a completed one is the funnel's "trained" (docs/decisions/0022-programs-and-effect.md).</summary>
    public List<Programs.Enrolment> Enrolments { get; set; } = [];
}

public sealed class Product
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public string NameId { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string HsCode { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal? MonthlyCapacity { get; set; }
    public string CapacityUnit { get; set; } = "";
    public decimal? PriceMinRupiah { get; set; }
    public decimal? PriceMaxRupiah { get; set; }
    public string MinimumOrder { get; set; } = "";
    public string Packaging { get; set; } = "";
    public int? ShelfLifeDays { get; set; }

    /// <summary>Not loaded with the business (the bytes are large): query ProductPhotos by ProductId.</summary>
    public List<ProductPhoto> Photos { get; set; } = [];
}

/// <summary>A product photo as re-encoded on upload (never the uploaded bytes); stored in the database.</summary>
public sealed class ProductPhoto
{
    public int Id { get; set; }
    public int ProductId { get; set; }

    /// <summary>1 to <see cref="ProductPhotos.MaxPerProduct"/>, unique per product: the database itself caps the photos.</summary>
    public int Slot { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public byte[] Jpeg { get; set; } = [];
    public byte[] Thumbnail { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public string By { get; set; } = "";
}

public enum CertificationType
{
    Halal,
    BpomMd,
    BpomMl,
    Pirt,
    Sni,
    Haccp,
    Iso22000,
    Organic,
    FdaFoodFacility,
    Other,
}

public sealed class Certification
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public CertificationType Type { get; set; }
    public string Number { get; set; } = "";
    public string Issuer { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

/// <summary>An export shipment reported by the business.</summary>
public sealed class ExportRecord
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "";
    public string HsCode { get; set; } = "";
    public decimal ValueUsd { get; set; }
    public string Volume { get; set; } = "";
    public string Buyer { get; set; } = "";

    /// <summary>
    /// The Indonesian port the goods left from, as BPS names it (e.g. "TANJUNG PRIOK"); null when not recorded. BPS
    /// credits an export to the port's province, so this is what the exports-by-origin estimate reads (decision 0027).
    /// </summary>
    public string? PortOfLoading { get; set; }
}

/// <summary>One completed questionnaire; every assessment is kept so progress is measurable.</summary>
public sealed class Assessment
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public string QuestionnaireVersion { get; set; } = "";

    /// <summary>True when an officer verified the answers; false for the business's self-assessment.</summary>
    public bool Verified { get; set; }

    /// <summary>Question id → answer, JSON.</summary>
    public string AnswersJson { get; set; } = "{}";
    public decimal Score { get; set; }
    public ReadinessBand Band { get; set; }
    public DateOnly Date { get; set; }
    public string By { get; set; } = "";
}

/// <summary>Attendance of a training or facilitation program (until a programs module exists: a name and a date).</summary>
public sealed class ProgramParticipation
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public string ProgramName { get; set; } = "";
    public DateOnly Date { get; set; }
}
