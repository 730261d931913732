using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;

namespace Neraca.Storage;

/// <summary>
/// The one database context, accounts (ASP.NET Core Identity) included. Provider-specific subclasses exist only
/// so each engine has its own checked-in migrations; the model is the same.
/// Every SaveChanges writes one audit row per changed entity in the same transaction (see <see cref="AuditTrail"/>).
/// </summary>
public class NeracaDb(DbContextOptions options) : IdentityDbContext<AppUser, IdentityRole, string>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The web app's data-protection keys (cookies, antiforgery), so they survive restarts (decision 0021).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<HsCode> HsCodes => Set<HsCode>();
    public DbSet<HsLabel> HsLabels => Set<HsLabel>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Port> Ports => Set<Port>();
    public DbSet<PortProvince> PortProvinces => Set<PortProvince>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<BatchScope> BatchScopes => Set<BatchScope>();
    public DbSet<MonthTotal> MonthTotals => Set<MonthTotal>();
    public DbSet<MonthCountryTotal> MonthCountryTotals => Set<MonthCountryTotal>();
    public DbSet<NationalDetail> NationalDetails => Set<NationalDetail>();
    public DbSet<TradeFact> TradeFacts => Set<TradeFact>();
    public DbSet<ScopeCountryTotal> ScopeCountryTotals => Set<ScopeCountryTotal>();
    public DbSet<ScopePortTotal> ScopePortTotals => Set<ScopePortTotal>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<SecurityVersion> SecurityVersions => Set<SecurityVersion>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<TotpStep> TotpSteps => Set<TotpStep>();
    public DbSet<DeniedRequestCount> DeniedRequests => Set<DeniedRequestCount>();
    public DbSet<Registry.Business> Businesses => Set<Registry.Business>();
    public DbSet<Registry.Product> Products => Set<Registry.Product>();
    public DbSet<Registry.ProductPhoto> ProductPhotos => Set<Registry.ProductPhoto>();
    public DbSet<Registry.Certification> Certifications => Set<Registry.Certification>();
    public DbSet<Registry.ExportRecord> ExportRecords => Set<Registry.ExportRecord>();
    public DbSet<Registry.Assessment> Assessments => Set<Registry.Assessment>();
    public DbSet<Registry.ProgramParticipation> Participations => Set<Registry.ProgramParticipation>();
    public DbSet<Programs.TrainingProgram> Programs => Set<Programs.TrainingProgram>();
    public DbSet<Programs.ProgramSession> ProgramSessions => Set<Programs.ProgramSession>();
    public DbSet<Programs.Enrolment> Enrolments => Set<Programs.Enrolment>();
    public DbSet<Programs.Attendance> Attendances => Set<Programs.Attendance>();
    public DbSet<Reports.ReportVersion> ReportVersions => Set<Reports.ReportVersion>();

    /// <summary>Who is making the changes, for the audit trail (the web sets the signed-in user, the CLI `cli:NAME`).</summary>
    public Func<string> AuditActor { get; set; } = () => "system";
    public DbSet<HsNomenclature> HsNomenclature => Set<HsNomenclature>();
    public DbSet<HsHeadingName> HsHeadingNames => Set<HsHeadingName>();
    public DbSet<BtkiLine> BtkiLines => Set<BtkiLine>();
    public DbSet<CountryReference> CountryReferences => Set<CountryReference>();
    public DbSet<CountryGroupMember> CountryGroupMembers => Set<CountryGroupMember>();
    public DbSet<HsEndUse> HsEndUses => Set<HsEndUse>();
    public DbSet<HsSector> HsSectors => Set<HsSector>();
    public DbSet<WorldExport> WorldExports => Set<WorldExport>();
    public DbSet<ReferenceLoad> ReferenceLoads => Set<ReferenceLoad>();
    public DbSet<DataStatus.ReleaseDate> ReleaseDates => Set<DataStatus.ReleaseDate>();
    public DbSet<Imports.Fetch.FetchLogEntry> FetchLog => Set<Imports.Fetch.FetchLogEntry>();
    public DbSet<Markets.WorldImport> WorldImports => Set<Markets.WorldImport>();
    public DbSet<Markets.TradeAgreement> TradeAgreements => Set<Markets.TradeAgreement>();
    public DbSet<Markets.MarketRequirement> MarketRequirements => Set<Markets.MarketRequirement>();
    public DbSet<Mail.OutboxMessage> OutboxMessages => Set<Mail.OutboxMessage>();
    public DbSet<Markets.Inquiry> Inquiries => Set<Markets.Inquiry>();
    public DbSet<Markets.InquiryEvent> InquiryEvents => Set<Markets.InquiryEvent>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        TradeModel.Configure(modelBuilder, ActiveFilter);
        AccountModel.Configure(modelBuilder);
        ReferenceModel.Configure(modelBuilder);
        RegistryModel.Configure(modelBuilder);
        DataStatusModel.Configure(modelBuilder);
        FetchModel.Configure(modelBuilder);
        ProgramsModel.Configure(modelBuilder);
        MarketsModel.Configure(modelBuilder);
        ReportsModel.Configure(modelBuilder);
        MailModel.Configure(modelBuilder);
        InquiryModel.Configure(modelBuilder);
    }

    /// <summary>SQL for the filtered unique index on active scopes; the boolean literal differs per engine.</summary>
    protected virtual string ActiveFilter => "is_active = 1";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = AuditTrail.Capture(ChangeTracker);
        var security = SecurityChanges.Affects(ChangeTracker);
        if (pending.Count == 0 && !security)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var cascaded = CascadeAudit.Photos(this);
        var count = base.SaveChanges(true);
        if (security)
        {
            SecurityChanges.Bump(this);
        }

        var now = DateTime.UtcNow;
        var actor = AuditActor();
        AuditEntries.AddRange(pending.Select(p => AuditTrail.ToEntry(p, actor, now)));
        AuditEntries.AddRange(cascaded.Select(c => c.ToEntry(actor, now)));
        base.SaveChanges(true);
        own?.Commit();
        InvalidateTokens(security);
        return count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditTrail.Capture(ChangeTracker);
        var security = SecurityChanges.Affects(ChangeTracker);
        if (pending.Count == 0 && !security)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change and its audit rows commit together or not at all: in the caller's transaction when there
        // is one, else in our own. Audit rows are added after the save so database-generated keys are known.
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var cascaded = await CascadeAudit.PhotosAsync(this, cancellationToken);
        var count = await base.SaveChangesAsync(true, cancellationToken);
        if (security)
        {
            await SecurityChanges.BumpAsync(this, cancellationToken);
        }

        var now = DateTime.UtcNow;
        var actor = AuditActor();
        AuditEntries.AddRange(pending.Select(p => AuditTrail.ToEntry(p, actor, now)));
        AuditEntries.AddRange(cascaded.Select(c => c.ToEntry(actor, now)));
        await base.SaveChangesAsync(true, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        InvalidateTokens(security);
        return count;
    }

    /// <summary>
    /// After a security change: this process's cached token states go at once. In a caller's transaction they go now
    /// and again at the next version check (≤ 500 ms after its commit), since the change is not visible before.
    /// </summary>
    private void InvalidateTokens(bool security)
    {
        if (security)
        {
            TokenStateCache.Invalidate(Database.GetConnectionString() ?? "");
        }
    }
}

public sealed class SqliteNeracaDb(DbContextOptions<SqliteNeracaDb> options) : NeracaDb(options);

public sealed class PostgresNeracaDb(DbContextOptions<PostgresNeracaDb> options) : NeracaDb(options)
{
    protected override string ActiveFilter => "is_active";
}
