using System.Text.Json;
using Neraca.Tests.Infrastructure;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.Trade;

/// <summary>Runs the CLI in-process with Console redirected; one collection so no other test writes to the console meanwhile.</summary>
[Collection(ConsoleCollection.Name)]
public class TradeCliTests
{
    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(args);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Balance_LampungJanuary2020Json_PrintsExactNumbers(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 206_310_000m, 18), Total('M', 2020, 1, 144_780_000m, 18)));

        var (exit, output, error) = await RunAsync("balance", "--from", "2020-01", "--to", "2020-01", "--province", "18",
            "--db", database.ConnectionString, "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("\"exports_usd\": 206310000,", output, StringComparison.Ordinal);
        Assert.Contains("\"imports_usd\": 144780000,", output, StringComparison.Ordinal);
        Assert.Contains("\"balance_usd\": 61530000,", output, StringComparison.Ordinal);
        Assert.Contains("\"balance_ratio_pct\": 17.53,", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var jan = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2020-01", jan.GetProperty("period").GetString());
        Assert.Equal(61_530_000m, jan.GetProperty("balance_usd").GetDecimal());
        Assert.Equal(JsonValueKind.Null, jan.GetProperty("exports_mom_pct").ValueKind);
        foreach (var name in new[] { "exports_usd", "imports_usd", "balance_usd", "exports_mom_pct", "exports_yoy_pct", "imports_mom_pct",
            "imports_yoy_pct", "exports_cum_usd", "exports_cum_yoy_pct", "imports_cum_usd", "imports_cum_yoy_pct" })
        {
            Assert.True(jan.TryGetProperty(name, out _), name);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Top_Hs2Json_PrintsContractRows(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(
            Fact('X', 2020, 1, "0901", "JAPAN", "PANJANG", 300.5m, 18),
            Fact('X', 2020, 1, "8471", "JAPAN", "PANJANG", 100m, 18),
            Fact('X', 2019, 1, "0901", "JAPAN", "PANJANG", 200m, 18)));

        var (exit, output, error) = await RunAsync("top", "--by", "hs2", "--flow", "export", "--period", "2020-01", "--province", "18",
            "--db", database.ConnectionString, "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["09", "84"], rows.Select(r => r.GetProperty("key").GetString()));
        Assert.Contains("\"value_usd\": 300.5,", output, StringComparison.Ordinal);
        Assert.Contains("\"share_pct\": 75.03,", output, StringComparison.Ordinal); // 300.5 / 400.5
        Assert.Contains("\"yoy_pct\": 50.25,", output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("mom_pct").ValueKind); // December 2019 not loaded
        Assert.Equal("Kopi, teh, dan rempah-rempah", rows[0].GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("balance", "--from", "2020-03", "--to", "2020-01")]
    [InlineData("balance", "--from", "2020-01", "--to", "2020-02", "--province", "77")]
    [InlineData("balance", "--from", "2020-1", "--to", "2020-02")]
    [InlineData("balance", "--from", "2020-01", "--to", "2020-02", "--format", "xml")]
    [InlineData("top", "--by", "hs2", "--flow", "export", "--period", "2020-13")]
    [InlineData("top", "--by", "hs3", "--flow", "export", "--period", "2020")]
    [InlineData("top", "--by", "hs2", "--flow", "transit", "--period", "2020")]
    [InlineData("top", "--by", "hs2", "--flow", "export", "--period", "2020", "--province", "xx")]
    [InlineData("top", "--by", "hs2", "--flow", "export", "--period", "2020", "--n", "0")]
    public async Task Command_BadParameters_ExitsTwoWithMessage(params string[] args)
    {
        var (exit, output, error) = await RunAsync([.. args, "--db", "Data Source=:memory:"]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
