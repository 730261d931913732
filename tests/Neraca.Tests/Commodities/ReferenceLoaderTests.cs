using Microsoft.EntityFrameworkCore;
using Neraca.Reference;
using Neraca.Storage;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Commodities;

public class ReferenceLoaderTests
{
    public static TheoryData<string, string, int> Files => new()
    {
        { "hs/hs2022_nomenclature.csv", "hs_nomenclature", 6939 },
        { "hs/hs2022_headings_id.csv", "hs_heading_name", 1239 },
        { "hs/btki2022_tariff_lines.csv", "btki_line", 14631 },
        { "countries/countries.csv", "country_reference", 249 },
        { "concordance/hs2022_end_use.csv", "hs_end_use", 5613 },
        { "concordance/hs2022_isic3.csv", "hs_sector", 5613 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task LoadFileAsync_SharedFile_LoadsAllRowsAsVersion1(string file, string table, int rows)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared(file.Split('/')), "test");

        Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        Assert.Equal(table, summary.Table);
        Assert.Equal(rows, summary.RowsRead);
        Assert.Equal(rows, summary.RowsLoaded);
        Assert.Equal(1, summary.Version);
    }

    /// <summary>
    /// The groups file was loaded into a table nothing read (issue 11): the figures use the built-in dated memberships.
    /// Now it is recognised and refused with the reason, and nothing is written.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadFileAsync_CountryGroups_RefusedWithReasonNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("countries", "country_groups.csv"), "test");

        Assert.False(summary.Loaded);
        Assert.Equal(("country_group_member", 0, (int?)null), (summary.Table, summary.RowsLoaded, summary.Version));
        var error = Assert.Single(summary.Errors);
        Assert.Equal(1, error.Row);
        Assert.Contains("country groups are built into Neraca", error.Reason, StringComparison.Ordinal);
        Assert.Contains("not loaded", error.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountryGroupMembers.CountAsync());
        Assert.Equal(0, await db.ReferenceLoads.CountAsync());
        // What the figures use instead: the built-in memberships by date (the EU without the UK after 2020-01-31)
        Assert.Contains("GB", Neraca.Reference.CountryGroups.MembersOn("EU", new DateOnly(2020, 1, 31)));
        Assert.DoesNotContain("GB", Neraca.Reference.CountryGroups.MembersOn("EU", new DateOnly(2020, 2, 1)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadFileAsync_Reload_ReplacesContentAndAddsVersion(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var path = RepoPaths.Shared("concordance", "hs2022_end_use.csv");
        await using (var db = database.NewContext())
        {
            Assert.True((await new ReferenceLoader(db).LoadFileAsync(path, "test")).Loaded);
        }

        await using (var db = database.NewContext())
        {
            var second = await new ReferenceLoader(db).LoadFileAsync(path, "test");
            Assert.Equal(2, second.Version);
        }

        await using var check = database.NewContext();
        Assert.Equal(5613, await check.HsEndUses.CountAsync());
        Assert.Equal("capital", (await check.HsEndUses.SingleAsync(x => x.Hs6 == "851713")).EndUse);
        Assert.Equal(2, await check.ReferenceLoads.CountAsync(l => l.Table == "hs_end_use"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_BadCode_RejectedWithRowAndColumnAndNothingChanged(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var good = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("concordance", "hs2022_isic3.csv"), "test");
        Assert.True(good.Loaded);
        var lines = File.ReadAllLines(RepoPaths.Shared("concordance", "hs2022_isic3.csv"));
        lines[5] = "01A1X9" + lines[5][6..];

        var summary = await new ReferenceLoader(db).LoadAsync(Bytes(lines), "bad.csv", "test");

        Assert.False(summary.Loaded);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(6, error.Row);
        Assert.Equal("hs2022", error.Column);
        await AssertUnchanged(db, "hs_sector", 5613);
    }

    [Fact]
    public async Task LoadAsync_DuplicateKey_RejectedWithBothRows()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var lines = File.ReadAllLines(RepoPaths.Shared("countries", "countries.csv")).ToList();
        lines.Add(lines[3]);

        var summary = await new ReferenceLoader(db).LoadAsync(Bytes([.. lines]), "dup.csv", "test");

        Assert.False(summary.Loaded);
        var error = Assert.Single(summary.Errors);
        Assert.Equal(lines.Count, error.Row);
        Assert.Equal("alpha2", error.Column);
        Assert.Contains("row 4", error.Reason, StringComparison.Ordinal);
        await AssertUnchanged(db, "country_reference", 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_MissingColumn_RejectedNamingTheColumnAndNothingChanged(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var lines = File.ReadAllLines(RepoPaths.Shared("concordance", "hs2022_end_use.csv"))
            .Select(l => l[..l.LastIndexOf(',')]).ToArray();

        var summary = await new ReferenceLoader(db).LoadAsync(Bytes(lines), "nocol.csv", "test");

        Assert.False(summary.Loaded);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((1, "end_use"), (error.Row, error.Column));
        await AssertUnchanged(db, "hs_end_use", 0);
    }

    [Fact]
    public async Task LoadAsync_NomenclatureWrongParent_Rejected()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();
        var csv = "hscode,level,parent,section,description_en\n01,2,TOTAL,I,Animals; live\n0101,4,02,I,Horses\n";

        var summary = await new ReferenceLoader(db).LoadAsync(System.Text.Encoding.UTF8.GetBytes(csv), "n.csv", "test");

        Assert.False(summary.Loaded);
        Assert.Equal((3, "parent"), (summary.Errors[0].Row, summary.Errors[0].Column));
    }

    private static byte[] Bytes(string[] lines) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private static async Task AssertUnchanged(NeracaDb db, string table, int rows)
    {
        db.ChangeTracker.Clear();
        var count = table switch
        {
            "hs_sector" => await db.HsSectors.CountAsync(),
            "hs_end_use" => await db.HsEndUses.CountAsync(),
            _ => await db.CountryReferences.CountAsync(),
        };
        Assert.Equal(rows, count);
        Assert.Equal(rows == 0 ? 0 : 1, await db.ReferenceLoads.CountAsync(l => l.Table == table));
    }
}
