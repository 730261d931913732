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

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await Neraca.Cli.Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
