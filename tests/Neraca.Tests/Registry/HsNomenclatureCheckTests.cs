using Neraca.Reference;
using Neraca.Registry;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Registry;

public class HsNomenclatureCheckTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ProblemAsync_RealNomenclatureAndBtkiLoaded_OnlyTheirCodesPass(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        foreach (var file in new[] { "hs2022_nomenclature.csv", "btki2022_tariff_lines.csv" })
        {
            var summary = await new ReferenceLoader(db).LoadFileAsync(RepoPaths.Shared("hs", file), "test");
            Assert.True(summary.Loaded, string.Join("; ", summary.Errors));
        }

        foreach (var known in new[] { "09", "0901", "090111", "09011130", "0901113000" })
        {
            Assert.Null(await HsNomenclatureCheck.ProblemAsync(db, known, CancellationToken.None));
        }

        foreach (var unknown in new[] { "0999", "090119", "09011110", "0901111000" })
        {
            Assert.Contains("not in the loaded HS nomenclature", await HsNomenclatureCheck.ProblemAsync(db, unknown, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ProblemAsync_NothingLoaded_LeavesTheChapterRuleAlone()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await using var db = database.NewContext();

        Assert.Null(await HsNomenclatureCheck.ProblemAsync(db, "0999", CancellationToken.None));
        Assert.Null(await HsNomenclatureCheck.ProblemAsync(db, "09011110", CancellationToken.None));
    }
}
