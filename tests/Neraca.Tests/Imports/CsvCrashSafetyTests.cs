using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Imports;
using Neraca.Imports.Csv;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>CSV dialect of hand-edited files (issue 11 item 6) and crash safety (issue 12 security 10).</summary>
public class CsvCrashSafetyTests
{
    private static (List<RawFact> Facts, ReadContext Context) Read(string csv)
    {
        var context = new ReadContext("t.csv");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return (new FlatCsvReader().Read(stream, context).ToList(), context);
    }

    [Fact]
    public void Read_SpacesAroundQuotedFields_AcceptedLikeSpreadsheets()
    {
        var (facts, context) = Read("period,flow,province,value_usd\n\"2020-01\", \"export\" ,\"18\"  ,  \"1,5\"\n");

        Assert.Empty(context.Errors);
        var fact = Assert.Single(facts);
        Assert.Equal((2020, 1, Neraca.Common.Flow.Export, (short?)18), (fact.Year, fact.Month, fact.Flow, fact.ProvinceCode));
        Assert.Equal(1.5m, fact.ValueUsd);
    }

    [Fact]
    public void Read_HugeField_RowAndColumnError()
    {
        var huge = new string('x', 100_000);

        var (facts, context) = Read($"period,flow,country,value_usd\n2020-01,export,JP,1\n2020-01,export,{huge},2\n");

        Assert.Single(facts);
        var error = Assert.Single(context.Errors);
        Assert.Equal(3L, error.Position.Row);
        Assert.Equal("country", error.Position.Column);
        ImportTexts.AssertSays(error.Reason, "csv.longfield", "100000 characters");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_HugeField_RejectedNot500(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var csv = $"period,flow,province,country,value_usd\n2020-01,export,18,{new string('x', 100_000)},2\n";

        var summary = await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "huge.csv", new ImportOptions());

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Contains(summary.Errors, e => e.Text.Contains("huge.csv, row 2, column country", StringComparison.Ordinal)
            && e.In(ImportMessages.Indonesian).Contains("huge.csv, baris 2, kolom country", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SameFileTwiceConcurrently_LoserGetsAClearAnswer(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var csv = new StringBuilder("period,flow,province,hs_code,country,value_usd\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"2020-01,export,18,09{i:D4},JP,1\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        async Task<ImportSummary> RunAsync()
        {
            await using var db = database.NewContext();
            return await new TradeImporter(db).ImportAsync(new MemoryStream(bytes), "same.csv", new ImportOptions());
        }

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Single(results, r => r.Outcome == ImportOutcome.Imported);
        var loser = Assert.Single(results, r => r.Outcome != ImportOutcome.Imported);
        Assert.True(loser.Outcome is ImportOutcome.AlreadyImported or ImportOutcome.Rejected, loser.Message?.ToString());
        Assert.NotNull(loser.Message);
        await using var check = database.NewContext();
        Assert.Equal(1, await check.ImportBatches.CountAsync());
    }
}
