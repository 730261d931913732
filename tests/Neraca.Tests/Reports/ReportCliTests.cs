using Neraca.Tests.Infrastructure;
using Neraca.Tests.Trade;

namespace Neraca.Tests.Reports;

/// <summary>`neraca report monthly` through the CLI's entry point.</summary>
[Collection(ConsoleCollection.Name)]
public class ReportCliTests
{
    [Fact]
    public async Task ReportMonthly_DemoMarkdownToFile_HeadlineAndTables()
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(Engine.Sqlite);
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.md");
        try
        {
            var (exit, _, error) = await RunAsync("report", "monthly", "--period", "2020-01", "--province", "18", "--lang", "en", "--format", "md", "--out", path, "--db", database.ConnectionString);

            Assert.Equal(0, exit);
            Assert.Contains("wrote", error, StringComparison.Ordinal);
            var md = await File.ReadAllTextAsync(path);
            Assert.StartsWith("# Exports and Imports of Lampung, January 2020", md, StringComparison.Ordinal);
            Assert.Contains("down 27.03 percent from December 2019", md, StringComparison.Ordinal);
            Assert.Contains("| Jan 2020 | 206.31 | 144.78 | 61.53 |", md, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReportMonthly_Json_HasSectionsAndBatchIds()
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(Engine.Sqlite);

        var (exit, output, _) = await RunAsync("report", "monthly", "--period", "2020-01", "--province", "18", "--format", "json", "--db", database.ConnectionString);

        Assert.Equal(0, exit);
        var report = Neraca.Reports.ReportJson.Read(output);
        Assert.Equal("2020-01", report.Period);
        Assert.Equal([1], report.BatchIds);
    }

    [Fact]
    public async Task ReportGenerateThenList_DemoDecember2019_StoredOnceListedWithTheDemoMonth()
    {
        await using var database = await MonthlyReportTests.DemoDatabaseAsync(Engine.Sqlite);

        var (exit, output, _) = await RunAsync("report", "generate", "--period", "2019-12", "--province", "18", "--db", database.ConnectionString);
        var (againExit, again, _) = await RunAsync("report", "generate", "--period", "2019-12", "--province", "18", "--db", database.ConnectionString);
        var (listExit, list, _) = await RunAsync("report", "list", "--province", "18", "--db", database.ConnectionString);

        Assert.Equal((0, 0, 0), (exit, againExit, listExit));
        Assert.StartsWith("stored: report 2019-12 province 18 version 1", output, StringComparison.Ordinal);
        Assert.StartsWith("unchanged: report 2019-12 province 18 version 1", again, StringComparison.Ordinal);
        var lines = list.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\t2020-01\tv1\timport\t", lines[0], StringComparison.Ordinal);
        Assert.Contains("\t2019-12\tv1\tmanual\t", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CompletesMonth_ReportWrittenAfterImportOrLaterWithReportsLater()
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        var folder = Directory.CreateTempSubdirectory("neraca-owed-");
        try
        {
            var exports = Path.Combine(folder.FullName, "exports.csv");
            var imports = Path.Combine(folder.FullName, "imports.csv");
            const string header = "period,flow,province,hs_code,country,port,value_usd,netweight_kg\n";
            await File.WriteAllTextAsync(exports, header + "2020-01,export,18,09011190,JAPAN,PANJANG,3000000,1000\n");
            await File.WriteAllTextAsync(imports, header + "2020-01,import,18,17011400,THAILAND,PANJANG,1000000,500\n");

            var (laterExit, _, laterErr) = await RunAsync("import", exports, imports, "--reports-later", "--db", database.ConnectionString);
            var (_, before, _) = await RunAsync("report", "list", "--province", "18", "--db", database.ConnectionString);
            var (owedExit, _, owedErr) = await RunAsync("report", "owed", "--db", database.ConnectionString);
            var (_, after, _) = await RunAsync("report", "list", "--province", "18", "--db", database.ConnectionString);

            Assert.Equal((0, 0), (laterExit, owedExit));
            Assert.DoesNotContain("monthly reports", laterErr, StringComparison.Ordinal);
            Assert.Equal("", before.Trim());
            Assert.Contains("monthly reports: 1 written", owedErr, StringComparison.Ordinal);
            Assert.Contains("\t2020-01\tv1\timport\t", after, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--period", "2020-13", "--period must be a month")]
    [InlineData("--format", "docx", "--format must be")]
    [InlineData("--lang", "fr", "--lang must be")]
    public async Task ReportMonthly_BadParameter_Exit2WithReason(string option, string value, string reason)
    {
        await using var database = await TestDatabase.CreateAsync(Engine.Sqlite);
        string[] args = ["report", "monthly", "--period", "2020-01", "--province", "18", "--db", database.ConnectionString];
        var i = Array.IndexOf(args, option);
        args = i >= 0 ? [.. args[..(i + 1)], value, .. args[(i + 2)..]] : [.. args, option, value];

        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
