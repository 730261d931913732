using System.Text.Json;
using Neraca.Tests.Infrastructure;
using static Neraca.Tests.Trade.TradeTestData;

namespace Neraca.Tests.DataStatus;

/// <summary>Issue 17 on the command line: `status`, `status release`, `origin` and `fetch`'s refusals.</summary>
[Collection(ConsoleCollection.Name)]
public class StatusCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Status_JsonWithFixedDay_OverdueAndLoadedMonths(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await LoadAsync(database, Lines(Total('X', 2020, 1, 100m, 18), Total('M', 2020, 1, 40m, 18)));

        var (exit, output, error) = await CliRunner.RunAsync("status", "--province", "18", "--today", "2020-04-20", "--format", "json", "--db", database.ConnectionString);
        var (tableExit, table, _) = await CliRunner.RunAsync("status", "--province", "18", "--today", "2020-04-20", "--db", database.ConnectionString);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["2020-03", "2020-02"], json.RootElement.GetProperty("overdue").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, tableExit);
        Assert.Contains("Overdue: 2 month(s), newest 2020-03.", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusRelease_DateBeforeMonthEnds_Exit2WithReason()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, output, error) = await CliRunner.RunAsync("status", "release", "--period", "2020-03", "--date", "2020-03-10", "--db", database.ConnectionString);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("must be after 2020-03 ends", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Origin_Json_EstimateLabelledNotBps()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);

        var (exit, output, error) = await CliRunner.RunAsync("origin", "--province", "18", "--period", "2024", "--format", "json", "--db", database.ConnectionString);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("not a BPS figure", json.RootElement.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal("no BPS export figure loaded for the period", json.RootElement.GetProperty("share_note").GetString());
    }

    [Theory]
    [InlineData("--from", "2024-05", "--to", "2024-01", "is after --to")]
    [InlineData("--from", "2024-01", "--to", "2024-02", "NERACA_BPS_KEY")]
    public async Task Fetch_BadRangeOrNoKey_Exit2BeforeAnyRequest(string a, string b, string c, string d, string reason)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NERACA_BPS_KEY")), "the test machine must not hold a BPS key");

        var (exit, _, error) = await CliRunner.RunAsync("fetch", a, b, c, d, "--db", database.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
