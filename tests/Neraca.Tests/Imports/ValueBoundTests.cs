using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Imports;

/// <summary>
/// Security 6: values above any real trade flow are refused at import with file and row, and sums that would not fit
/// are an error, never a wrapped number or a 500.
/// </summary>
public class ValueBoundTests
{
    private const string Header = "period,flow,province,hs_code,country,port,value_usd";

    private static async Task<ImportSummary> ImportAsync(TestDatabase database, string csv, string file)
    {
        await using var db = database.NewContext();
        return await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), file, new ImportOptions());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ThreeFilesOf9Point2E15_EachRejectedMonthTotalUntouched(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        foreach (var hs in new[] { "01", "02", "03" })
        {
            var summary = await ImportAsync(database, $"{Header}\n2020-01,export,18,{hs},JP,,9200000000000000\n", $"huge-{hs}.csv");

            Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
            var error = Assert.Single(summary.Errors);
            Assert.Contains($"huge-{hs}.csv, row 2", error.Text, StringComparison.Ordinal);
            ImportTexts.AssertSays(error.Reason, "value.toolarge", "value_usd");
            Assert.Contains("1,000,000,000,000", error.Text, StringComparison.Ordinal);
            Assert.Contains("10^12", error.In(ImportMessages.Indonesian), StringComparison.Ordinal);
        }

        await using var db = database.NewContext();
        Assert.Equal(0, await db.MonthTotals.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TwoHugeRowsInOneFile_BothRowsNamed(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var summary = await ImportAsync(database, $"{Header}\n2020-01,export,18,01,JP,,9200000000000000\n2020-01,export,18,01,US,,9200000000000000\n", "two.csv");

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Equal(2, summary.ErrorCount);
        Assert.Contains(summary.Errors, e => e.Text.Contains("two.csv, row 2", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Text.Contains("two.csv, row 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_SumAboveLongRange_ErrorNotWrapped()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 9_300; i++)
        {
            // Each row is within the bound; together 9.3e15 US$ = 9.3e18 thousandths, beyond a 64-bit sum.
            csv.Append(CultureInfo.InvariantCulture, $"2020-01,export,18,09{i:D4},JP,,1000000000000\n");
        }

        var summary = await ImportAsync(database, csv.ToString(), "sum.csv");

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Contains(summary.Errors, e => e.Position.File == "sum.csv" && e.Says("sum.toolarge", "too large"));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.MonthTotals.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Upload_TwoHugeRows_422WithRowsNot500(Engine engine)
    {
        await using var factory = await NeracaWebFactory.CreateAsync(engine);
        using var client = (await factory.TokenClientAsync(Roles.Analyst)).Client;
        var csv = "period,flow,hs_code,country,port,value_usd\n2020-01,export,0901,JAPAN,PANJANG,9200000000000000\n2020-01,export,0901,UNITED STATES,PANJANG,9200000000000000";

        using var response = await client.PostAsync("/api/imports", HttpHelpers.Upload("huge.csv", csv));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("summaries")[0].GetProperty("errors").EnumerateArray()
            .Select(e => (Code: e.GetProperty("code").GetString()!, Text: e.GetProperty("text").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Code == "value.toolarge" && e.Text.Contains("huge.csv, baris 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "value.toolarge" && e.Text.Contains("huge.csv, baris 3", StringComparison.Ordinal));
    }
}
