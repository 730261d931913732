using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Markets;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Markets;

/// <summary>Loading the market reference tables (docs/decisions/0023) with the reference loader, on both engines.</summary>
public class MarketTablesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_BaciCepiiLayout_SummedPerImporterWithWorldValues(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Fixture("markets", "baci_hs22_y2024_sample.csv"), "test");

        Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        Assert.Equal((MarketTables.WorldImportName, 6), (summary.Table, summary.RowsRead));
        var imports = await db.WorldImports.AsNoTracking().OrderBy(w => w.Hs).ThenBy(w => w.Importer).ToListAsync();
        // US 090111: 1,000.5 + 500 (product written 90111) + 250 thousand US$; BACI 842 = US, 251 = France.
        Assert.Equal(
            [("090111", "DE", 800_000m), ("090111", "FR", 100_000m), ("090111", "US", 1_750_500m), ("090121", "US", 50_000m)],
            imports.Select(w => (w.Hs, w.Importer, Money.FromMilli(w.ValueMilli))));
        Assert.All(imports, w => Assert.True(w.Complete));
        var world = await db.WorldExports.AsNoTracking().OrderBy(w => w.Hs).ToListAsync();
        Assert.Equal([("090111", 2_650_500m), ("090121", 50_000m), (WorldExport.Total, 2_700_500m)], world.Select(w => (w.Hs, Money.FromMilli(w.ValueMilli))));
    }

    [Fact]
    public async Task LoadAsync_BaciUnknownCountryCode_RejectedWithRowAndColumn()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadAsync(Encoding.UTF8.GetBytes("t,i,j,k,v,q\n2024,76,842,090111,1,1\n2024,76,999,090111,1,1\n"), "baci.csv", "test");

        Assert.False(summary.Loaded);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((3, "j"), (error.Row, error.Column));
        Assert.Contains("'999' is not a BACI country code", error.Reason, StringComparison.Ordinal);
        Assert.False(await db.WorldImports.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_CommodityTopFlows_SummedPerImporterAndYear(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("worldtrade", "baci_hs22_commodity_top_flows.csv"), "test");

        Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        // China's coal (2701) imports in the top-200 flows, summed by hand from the shared file: 11 flows in 2024, 7 in 2022.
        var china = await db.WorldImports.AsNoTracking().Where(w => w.Hs == "2701" && w.Importer == "CN").OrderBy(w => w.Year).ToListAsync();
        Assert.Equal([29_478_405_241m, 40_471_604_184m, 39_136_240_678m], china.Select(w => Money.FromMilli(w.ValueMilli)));
        Assert.All(china, w => Assert.False(w.Complete));
        Assert.Equal(2326, await db.WorldImports.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_RequirementRules_ReplaceTheBuiltInTable(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        Assert.True((await MarketRules.LoadAsync(db)).RequirementsBuiltIn);
        var csv = "market,hs_prefix,code,certification,label_en,label_id\nUS,0901,fda_food_facility,FdaFoodFacility,FDA registration,Registrasi FDA\nEU,,eu_labelling,,EU labelling,Label UE\n";

        var summary = await new ReferenceLoader(db).LoadAsync(Encoding.UTF8.GetBytes(csv), "rules.csv", "test");
        var rules = await MarketRules.LoadAsync(db);

        Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        Assert.Equal((false, true), (rules.RequirementsBuiltIn, rules.AgreementsBuiltIn));
        Assert.Equal(["fda_food_facility"], rules.RequirementsFor("US", "090111", new DateOnly(2024, 1, 1)).Select(r => r.Code));
        Assert.Equal(["eu_labelling"], rules.RequirementsFor("DE", "847130", new DateOnly(2024, 1, 1)).Select(r => r.Code));
        Assert.Empty(rules.RequirementsFor("JP", "090111", new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public async Task LoadAsync_BadRequirementRow_RejectedNamingColumn()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var csv = "market,hs_prefix,code,certification,label_en,label_id\nMARS,09x,c,Gold,a,b\n";

        var summary = await new ReferenceLoader(db).LoadAsync(Encoding.UTF8.GetBytes(csv), "rules.csv", "test");

        Assert.False(summary.Loaded);
        Assert.Equal(["market", "hs_prefix", "certification"], summary.Errors.Select(e => e.Column));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_TradeAgreements_ByDateFromTheDatabase(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var csv = "code,partner,name_en,name_id,in_force_from,in_force_until\nIEU-CEPA,DE,Indonesia–EU CEPA,CEPA Indonesia–UE,2027-01-01,\nOLD,JP,Old,Lama,2000-01-01,2010-12-31\n";

        var summary = await new ReferenceLoader(db).LoadAsync(Encoding.UTF8.GetBytes(csv), "agreements.csv", "test");
        var rules = await MarketRules.LoadAsync(db);

        Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        Assert.Empty(rules.AgreementsOn("DE", new DateOnly(2026, 12, 31)));
        Assert.Equal("IEU-CEPA", Assert.Single(rules.AgreementsOn("DE", new DateOnly(2027, 1, 1))).Code);
        Assert.Equal("OLD", Assert.Single(rules.AgreementsOn("JP", new DateOnly(2010, 12, 31))).Code);
        Assert.Empty(rules.AgreementsOn("JP", new DateOnly(2011, 1, 1)));
    }
}
