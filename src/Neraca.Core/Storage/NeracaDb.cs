using Microsoft.EntityFrameworkCore;

namespace Neraca.Storage;

/// <summary>
/// The one database context. Provider-specific subclasses exist only so each engine has its own
/// checked-in migrations; the model is the same.
/// </summary>
public class NeracaDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<HsCode> HsCodes => Set<HsCode>();
    public DbSet<HsLabel> HsLabels => Set<HsLabel>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Port> Ports => Set<Port>();
    public DbSet<PortProvince> PortProvinces => Set<PortProvince>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<BatchScope> BatchScopes => Set<BatchScope>();
    public DbSet<TradeFact> TradeFacts => Set<TradeFact>();
    public DbSet<ScopeCountryTotal> ScopeCountryTotals => Set<ScopeCountryTotal>();
    public DbSet<ScopePortTotal> ScopePortTotals => Set<ScopePortTotal>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<HsNomenclature> HsNomenclature => Set<HsNomenclature>();
    public DbSet<HsHeadingName> HsHeadingNames => Set<HsHeadingName>();
    public DbSet<BtkiLine> BtkiLines => Set<BtkiLine>();
    public DbSet<CountryReference> CountryReferences => Set<CountryReference>();
    public DbSet<CountryGroupMember> CountryGroupMembers => Set<CountryGroupMember>();
    public DbSet<HsEndUse> HsEndUses => Set<HsEndUse>();
    public DbSet<HsSector> HsSectors => Set<HsSector>();
    public DbSet<ReferenceLoad> ReferenceLoads => Set<ReferenceLoad>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        TradeModel.Configure(modelBuilder, ActiveFilter);
        ReferenceModel.Configure(modelBuilder);
    }

    /// <summary>SQL for the filtered unique index on active scopes; the boolean literal differs per engine.</summary>
    protected virtual string ActiveFilter => "is_active = 1";
}

public sealed class SqliteNeracaDb(DbContextOptions<SqliteNeracaDb> options) : NeracaDb(options);

public sealed class PostgresNeracaDb(DbContextOptions<PostgresNeracaDb> options) : NeracaDb(options)
{
    protected override string ActiveFilter => "is_active";
}
