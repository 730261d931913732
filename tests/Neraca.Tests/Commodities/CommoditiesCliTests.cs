using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;

namespace Neraca.Tests.Commodities;

/// <summary>The `commodities` commands through the CLI's entry point.</summary>
[Collection(ConsoleCollection.Name)]
public class CommoditiesCliTests
{
    [Fact]
    public async Task Commodities_SectorCsv_HandComputedRows()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2024, 1, "270900", "JAPAN", "PANJANG", 100m, 18),
            TradeTestData.Fact('X', 2024, 1, "090111", "JAPAN", "PANJANG", 300m, 18)));

        var (exit, output, _) = await RunAsync("commodities", "sector", "--province", "18", "--period", "2024-01", "--format", "csv", "--db", database.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains("oil_gas,Migas,100,25.00,,,100,", output, StringComparison.Ordinal);
        Assert.Contains("agriculture,Pertanian,300,75.00,,,300,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commodities_RcaWithoutProvince_Exit2WithReason()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, error) = await RunAsync("commodities", "rca", "--period", "2024", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("needs a province", error, StringComparison.Ordinal);
    }

    /// <summary>`reference load --year` of a world table, then RCA against Indonesia and the world side by side in the CSV.</summary>
    [Fact]
    public async Task ReferenceLoadYearThenRca_WorldColumnsHandComputed()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        await TradeTestData.LoadAsync(database, TradeTestData.Lines(
            TradeTestData.Fact('X', 2024, 1, "090111", "JAPAN", "PANJANG", 300m, 18),
            TradeTestData.Fact('X', 2024, 1, "847130", "JAPAN", "PANJANG", 100m, 18),
            TradeTestData.Fact('X', 2024, 1, "847130", "JAPAN", "TANJUNG PRIOK", 600m, 31)));
        var world = Path.Combine(Path.GetTempPath(), $"world-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(world, "hs6,world_value_usd_million\n090111,2\n847130,8\n");
        try
        {
            var (loadExit, loadOut, _) = await RunAsync("reference", "load", world, "--year", "2024", "--db", database.ConnectionString);
            var (exit, output, _) = await RunAsync("commodities", "rca", "--province", "18", "--period", "2024-01", "--digits", "4", "--format", "csv", "--lang", "en", "--db", database.ConnectionString);

            Assert.Equal(0, loadExit);
            Assert.Contains("table world_export rows read 2, loaded 3", loadOut, StringComparison.Ordinal);
            Assert.Equal(0, exit);
            // 0901: vs Indonesia (300/400)/(300/1000) = 2.5; vs world (300/400)/(2/10) = 3.75. 8471: (100/400)/(700/1000), (100/400)/(8/10)
            Assert.Contains(",300,300,75.00,30.00,2.5,true,2000000,20.00,3.75,true", output, StringComparison.Ordinal);
            Assert.Contains(",100,700,25.00,70.00,0.3571,false,8000000,80.00,0.3125,false", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(world);
        }
    }

    [Fact]
    public async Task Commodities_UnitValueTrendBadHs_Exit2NamingHs()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, _, error) = await RunAsync("commodities", "unit-value-trend", "--province", "18", "--period", "2024", "--hs", "09x", "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("--hs must be", error, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
