using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

public class TradeImporterTests
{
    private const string TwoMonths = """
        X|2020|1|0901|JAPAN|PANJANG|100.5
        X|2020|1|0901|UNITED STATES|PANJANG|200.25
        X|2020|2|1511|INDIA|PANJANG|300
        M|2020|1|1701|THAILAND|PANJANG|50.125
        """;

    private static async Task<ImportSummary> ImportAsync(TestDatabase database, string lines, ImportOptions? options = null, string file = "t.txt")
    {
        await using var db = database.NewContext();
        var importer = new TradeImporter(db, name => name switch { "JAPAN" => "JP", "UNITED STATES" => "US", "INDIA" => "IN", "THAILAND" => "TH", _ => null });
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), file, options ?? new ImportOptions(), new LinesReader());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ValidFile_WritesFactsScopesAndAggregates(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var summary = await ImportAsync(database, TwoMonths);

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        Assert.Equal(4, summary.FactsImported);
        await using var db = database.NewContext();
        Assert.Equal(Money.ToMilli(650.875m), await db.TradeFacts.SumAsync(f => f.ValueMilli));
        var jan = await db.BatchScopes.SingleAsync(s => s.Flow == Flow.Export && s.Month == 1);
        Assert.True(jan.IsActive);
        Assert.Equal((short)18, jan.ProvinceCode);
        Assert.Equal("09", jan.Hs2);
        Assert.Equal(Money.ToMilli(300.75m), jan.ValueMilli);
        Assert.Equal(2, await db.ScopeCountryTotals.CountAsync(t => t.ScopeId == jan.Id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "import"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SameBytesTwice_SecondIsNoOp(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var first = await ImportAsync(database, TwoMonths);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        var second = await ImportAsync(database, TwoMonths);

        Assert.Equal(ImportOutcome.AlreadyImported, second.Outcome);
        Assert.Equal(first.BatchId, second.BatchId);
        ImportTexts.AssertSays(second.Message!, "result.already", $"already imported as batch {first.BatchId}");
        Assert.Equal($"sudah diimpor sebagai batch {first.BatchId}", second.Message!.In(ImportMessages.Indonesian));
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ErrorInFile_WritesNothing(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        var summary = await ImportAsync(database, TwoMonths + "\nERR\nX|2020|3|0901|JAPAN|PANJANG|-5");

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Equal(2, summary.ErrorCount);
        Assert.Contains(summary.Errors, e => e.Position.Row == 5 && e.Code == "test.error");
        Assert.Contains(summary.Errors, e => e.Position.Row == 6 && e.Says("value.negative", "negative"));
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_DryRun_ValidatesAndWritesNothing(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        var summary = await ImportAsync(database, TwoMonths, new ImportOptions { DryRun = true });

        Assert.Equal(ImportOutcome.DryRunPassed, summary.Outcome);
        Assert.Equal(4, summary.FactsImported);
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_RevisionWithoutReplace_RejectedNamingTheBatch(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var first = await ImportAsync(database, TwoMonths);

        var revised = await ImportAsync(database, "X|2020|1|0901|JAPAN|PANJANG|999");

        Assert.Equal(ImportOutcome.Rejected, revised.Outcome);
        Assert.Contains(revised.Errors, e => e.Says("conflict.batch", $"batch {first.BatchId}") && e.Text.Contains("--replace", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_RevisionWithReplace_SupersedesScopeAndKeepsHistory(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var first = await ImportAsync(database, TwoMonths);

        var revised = await ImportAsync(database, "X|2020|1|0901|JAPAN|PANJANG|999", new ImportOptions { Replace = true, Actor = "analyst1" });

        Assert.Equal(ImportOutcome.Imported, revised.Outcome);
        Assert.Equal([first.BatchId!.Value], revised.ReplacedBatches);
        await using var db = database.NewContext();
        var active = await db.BatchScopes.Where(s => s.IsActive && s.Flow == Flow.Export && s.Month == 1).ToListAsync();
        Assert.Equal(revised.BatchId, Assert.Single(active).BatchId);
        var old = await db.BatchScopes.SingleAsync(s => s.BatchId == first.BatchId && s.Flow == Flow.Export && s.Month == 1);
        Assert.False(old.IsActive);
        Assert.Equal(revised.BatchId, old.SupersededByBatchId);
        // February and the import scope of the first batch are untouched, so that batch stays active.
        Assert.Equal(BatchStatus.Active, (await db.ImportBatches.SingleAsync(b => b.Id == first.BatchId)).Status);
        Assert.Equal("analyst1", (await db.ImportBatches.SingleAsync(b => b.Id == revised.BatchId)).ImportedBy);
        Assert.Equal(4 + 1, await db.TradeFacts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_DuplicateKey_Rejected(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var summary = await ImportAsync(database, "X|2020|1|0901|JAPAN|PANJANG|1\nX|2020|1|0901|JAPAN|PANJANG|2");

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Contains(summary.Errors, e => e.Says("duplicate.key", "duplicate key") && e.Text.Contains("2020-01", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PublishedTotalWithProvince_StoresUnspecifiedMembers(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var summary = await ImportAsync(database, "X|2020|1||||206310000|18\nM|2020|1||||144780000|18");

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        await using var db = database.NewContext();
        var scopes = await db.BatchScopes.Where(s => s.IsActive).ToListAsync();
        Assert.All(scopes, s => Assert.Equal((Basis.PublishedTotal, (short)18, ""), (s.Basis, s.ProvinceCode, s.Hs2)));
        var fact = await db.TradeFacts.FirstAsync();
        Assert.Equal("", (await db.HsCodes.SingleAsync(h => h.Id == fact.HsCodeId)).Code);
        Assert.Equal("", (await db.Countries.SingleAsync(c => c.Id == fact.CountryId)).Name);
        Assert.Equal("", (await db.Ports.SingleAsync(p => p.Id == fact.PortId)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PortReassignedFromDate_ProvinceFollowsTheDateAndUnknownPortIsUnspecified(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.NewContext())
        {
            db.PortProvinces.Add(new PortProvince { PortName = "NEW JETTY", ProvinceCode = 18, ValidFrom = new DateOnly(2020, 2, 1) });
            await db.SaveChangesAsync();
        }

        var summary = await ImportAsync(database, "X|2020|1|0901|JAPAN|NEW JETTY|1\nX|2020|2|0901|JAPAN|NEW JETTY|2\nX|2020|2|0901|JAPAN|NOWHERE|3");

        Assert.Equal(ImportOutcome.Imported, summary.Outcome);
        Assert.Equal(["NEW JETTY", "NOWHERE"], summary.PortsWithoutProvince);
        await using var check = database.NewContext();
        var provinces = await check.BatchScopes.OrderBy(s => s.Month).ThenBy(s => s.ProvinceCode)
            .Select(s => new { s.Month, s.ProvinceCode, s.ValueMilli }).ToListAsync();
        Assert.Equal(
            [(1, Province.Unspecified, 1000L), (2, (short)18, 2000L), (2, Province.Unspecified, 3000L)],
            provinces.Select(p => ((int)p.Month, p.ProvinceCode, p.ValueMilli)).ToList());
    }
}
