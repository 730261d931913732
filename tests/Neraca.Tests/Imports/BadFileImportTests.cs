using Neraca.Common;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>Every committed bad-input fixture, through the whole pipeline on both engines: rejected, named, nothing written.</summary>
public class BadFileImportTests
{
    public static TheoryData<Engine, string> Cases()
    {
        var data = new TheoryData<Engine, string>();
        string[] files =
        [
            "xlsx/truncated.xlsx", "xlsx/zip_bomb_ratio.xlsx", "xlsx/zip_bomb_lying_size.xlsx", "xlsx/zip_declared_huge.xlsx",
            "xlsx/text_value.xlsx", "xlsx/negative_value.xlsx", "xlsx/month_13.xlsx", "xlsx/duplicate_key.xlsx", "xlsx/empty.xlsx",
            "xlsx/no_flow.xlsx",
            "webapi/truncated.json", "webapi/negative_value.json", "webapi/month_13.json", "webapi/text_value.json",
            "webapi/duplicate_key.json", "webapi/empty.json", "webapi/no_rows.json", "webapi/html_page.json",
            "csv/empty.csv", "csv/text_value.csv", "csv/negative_value.csv", "csv/month_13.csv", "csv/unknown_flow.csv",
            "csv/missing_columns.csv", "csv/wrong_column_count.csv", "csv/unknown_province.csv", "csv/four_decimals.csv",
        ];
        foreach (var engine in new[] { Engine.Sqlite, Engine.Postgres })
        {
            foreach (var file in files)
            {
                data.Add(engine, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ImportFileAsync_BadFixture_RejectedNamingTheFileAndNothingWritten(Engine engine, string fixture)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);
        var path = RepoPaths.Fixture(fixture.Split('/'));

        var summary = await new TradeImporter(db).ImportFileAsync(path, new ImportOptions { Flow = fixture.EndsWith(".json", StringComparison.Ordinal) ? Flow.Export : null });

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.NotEmpty(summary.Errors);
        Assert.All(summary.Errors, e => Assert.Equal(Path.GetFileName(path), e.Position.File));
        Assert.All(summary.Errors, e => Assert.Contains(Path.GetFileName(path), e.In(ImportMessages.Indonesian), StringComparison.Ordinal));
        Assert.All(summary.Errors, e => Assert.Contains(e.Code, ImportMessages.Codes));
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }
}
