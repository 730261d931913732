namespace Neraca.Registry;

public sealed record ProductInput(
    string? NameId, string? NameEn, string? HsCode, string? Description, decimal? MonthlyCapacity, string? CapacityUnit,
    decimal? PriceMinRupiah, decimal? PriceMaxRupiah, string? MinimumOrder, string? Packaging, int? ShelfLifeDays);

public sealed record CertificationInput(string? Type, string? Number, string? Issuer, DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record ExportInput(DateOnly? Date, string? Country, string? HsCode, decimal? ValueUsd, string? Volume, string? Buyer, string? PortOfLoading = null);

public sealed record ParticipationInput(string? ProgramName, DateOnly? Date);

/// <summary>Answers by question id (true = yes); target markets: middle-east, us, eu.</summary>
public sealed record AssessmentInput(Dictionary<string, bool>? Answers, List<string>? Markets, DateOnly? Date);

public sealed record ScaleInfo(string? Scale, string? DecidedBy);

public sealed record ProductView(int Id, string NameId, string NameEn, string HsCode, string Description, decimal? MonthlyCapacity, string CapacityUnit,
    decimal? PriceMinRupiah, decimal? PriceMaxRupiah, string MinimumOrder, string Packaging, int? ShelfLifeDays, IReadOnlyList<PhotoView> Photos);

/// <summary>A stored product photo: size after re-encoding and the addresses of the photo and its thumbnail.</summary>
public sealed record PhotoView(int Id, int Width, int Height, string Url, string ThumbnailUrl);

public sealed record CertificationView(int Id, string Type, string Number, string Issuer, DateOnly? IssuedOn, DateOnly? ExpiresOn, string Expiry);

public sealed record ExportView(int Id, DateOnly Date, string Country, string HsCode, decimal ValueUsd, string Volume, string Buyer, string? PortOfLoading = null);

public sealed record AssessmentView(int Id, string Version, bool Verified, decimal Score, string Band, DateOnly Date, string By, IReadOnlyList<GapView> Gaps);

public sealed record GapView(string Question, string Area, decimal PointsLost, string RecommendationId, string RecommendationEn);

public sealed record StepView(string Stage, DateOnly? ReachedOn);

public sealed record ParticipationView(int Id, string ProgramName, DateOnly Date);

/// <summary>One row of the list (no personal data).</summary>
public sealed record BusinessSummary(int Id, string Name, string Nib, string Kind, short ProvinceCode, short RegencyCode, string Regency,
    ScaleInfo Scale, string? Band, decimal? Score, string Stage, string Verification);

/// <summary>The full record: for staff and for the owner only.</summary>
public sealed record BusinessDetail(
    int Id, string Name, string Nib, string LegalForm, string KbliCodes, string Kind, decimal? CapitalRupiah, decimal? AnnualSalesRupiah,
    ScaleInfo Scale, short ProvinceCode, short RegencyCode, string Regency, string Address, string Phone, string Email, string Website,
    string OwnerName, string OwnerGender, int? Employees, int? FoundedYear, bool CatalogConsent, string Verification,
    IReadOnlyList<ProductView> Products, IReadOnlyList<CertificationView> Certifications, IReadOnlyList<ExportView> Exports,
    IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<ParticipationView> Participations, string Stage, IReadOnlyList<StepView> Funnel);

/// <summary>The public catalog: consented, verified businesses, non-personal fields only.</summary>
public sealed record CatalogEntry(int Id, string Name, string Kind, string? Scale, string Regency, IReadOnlyList<CatalogProduct> Products, IReadOnlyList<string> Certifications);

public sealed record CatalogProduct(string NameId, string NameEn, string HsCode, string Packaging, string MinimumOrder, IReadOnlyList<string> Photos);

public sealed record QuestionView(string Id, string Area, decimal Points, string TextId, string TextEn);

public sealed record QuestionnaireView(string Version, IReadOnlyList<ReadinessArea> Areas, IReadOnlyList<QuestionView> Questions, IReadOnlyList<string> Markets);
