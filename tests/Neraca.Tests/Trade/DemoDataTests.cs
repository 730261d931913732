using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Demo;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;
using Neraca.Trade;

namespace Neraca.Tests.Trade;

/// <summary>The Lampung demo dataset: loaded through the real importer, monthly totals equal BPS's printed figures, never duplicated.</summary>
public class DemoDataTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_EmptyDatabase_MonthlyTotalsEqualPublishedFigures(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        var result = await DemoLoader.LoadAsync(db);

        Assert.Equal(DemoLoadOutcome.Loaded, result.Outcome);
        Assert.Equal(LampungDemoData.FileName, result.Summary!.File);
        Assert.True(await DemoLoader.IsDemoAsync(db));
        var rows = (await new TradeFigures(db).MonthlyBalanceAsync(LampungPublished.Province, new YearMonth(2018, 1), new YearMonth(2020, 1)))
            .ToDictionary(r => r.Period, StringComparer.Ordinal);
        var compared = 0;
        foreach (var (period, exports, imports) in PrintedMonths())
        {
            var row = rows[period];
            Assert.Equal(FigureSource.Detail, row.ExportsSource);
            if (exports is decimal x)
            {
                Assert.True(x * 1_000_000m == row.ExportsUsd, $"{period} exports: printed {x} million, demo {row.ExportsUsd}");
                compared++;
            }

            if (imports is decimal m)
            {
                Assert.True(m * 1_000_000m == row.ImportsUsd, $"{period} imports: printed {m} million, demo {row.ImportsUsd}");
                compared++;
            }
        }

        Assert.True(compared >= 35, $"compared {compared} printed figures");
        Assert.Equal(206_310_000m, rows["2020-01"].ExportsUsd);
        Assert.Equal(61_530_000m, rows["2020-01"].BalanceUsd);
        Assert.Equal(-27.03m, rows["2020-01"].ExportsMomPct);
        Assert.Equal(-22.27m, rows["2020-01"].ExportsYoyPct);
        Assert.All(rows.Values, r => Assert.NotNull(r.BalanceUsd));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_Twice_SecondIsNoOp(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);
        var before = await TableCounts.ReadAsync(db);

        var again = await DemoLoader.LoadAsync(db);

        Assert.Equal(DemoLoadOutcome.AlreadyLoaded, again.Outcome);
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_DatabaseWithOtherData_RefusedAndNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();
        var csv = "period,flow,province,value_usd\n2020-01,export,18,206310000\n";
        var real = await new TradeImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "lampung.csv", new ImportOptions());
        Assert.Equal(ImportOutcome.Imported, real.Outcome);
        var before = await TableCounts.ReadAsync(db);

        var result = await DemoLoader.LoadAsync(db);

        Assert.Equal(DemoLoadOutcome.DatabaseNotEmpty, result.Outcome);
        Assert.Equal(before, await TableCounts.ReadAsync(db));
        Assert.False(await DemoLoader.IsDemoAsync(db));
    }

    [Fact]
    public void Csv_SameTextEveryTime_AndEveryRowIsLampung()
    {
        var first = LampungDemoData.Csv();
        var second = LampungDemoData.Csv();

        Assert.Equal(first, second);
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(lines, f => Assert.Equal("18", f[2]));
        Assert.All(lines, f => Assert.True(decimal.Parse(f[6], NumberStyles.Number, CultureInfo.InvariantCulture) > 0, string.Join(',', f)));
        Assert.Contains(lines, f => f[3] == "09011190" && f[5] == "PANJANG");
        Assert.Contains(lines, f => f[3].StartsWith("2701", StringComparison.Ordinal) && f[5] == "TARAHAN");
        Assert.Contains(lines, f => f[1] == "import" && f[3] == "17011400");
    }

    [Fact]
    public void PublishedTable_EqualsEveryFigurePrintedInTheSharedFile()
    {
        var table = LampungPublished.Months.ToDictionary(m => new YearMonth(m.Year, m.Month).ToString(), StringComparer.Ordinal);
        foreach (var (period, exports, imports) in PrintedMonths())
        {
            if (exports is decimal x)
            {
                Assert.Equal(x, table[period].ExportsMusd);
                Assert.Equal(PublishedOrigin.Printed, table[period].ExportsOrigin);
            }

            if (imports is decimal m)
            {
                Assert.Equal(m, table[period].ImportsMusd);
                Assert.Equal(PublishedOrigin.Printed, table[period].ImportsOrigin);
            }
        }
    }

    /// <summary>The month's own printed exports and imports (million US$) from the shared research file.</summary>
    private static IEnumerable<(string Period, decimal? Exports, decimal? Imports)> PrintedMonths()
    {
        var lines = File.ReadAllLines(RepoPaths.Shared("lampung", "published_monthly_2018_2020-01.csv"));
        var header = lines[0].Split(',');
        var exports = Array.IndexOf(header, "exports_musd");
        var imports = Array.IndexOf(header, "imports_musd");
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            yield return (cells[0], Parse(cells[exports]), Parse(cells[imports]));
        }
    }

    private static decimal? Parse(string text) => text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_EmptyDatabase_LoadsReferenceTablesAndSampleBusinesses(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.NewContext();

        Assert.True((await DemoLoader.LoadAsync(db)).Loaded);

        // The suggestions on the product form find 6- and 8-digit lines (from the loaded nomenclature and BTKI), not
        // only the built-in chapter titles.
        foreach (var (query, code) in new[] { ("coffee roasted", "090121"), ("pepper", "090411"), ("shrimps", "0306"), ("nanas", "0804") })
        {
            var found = await Neraca.Registry.HsSuggestions.SearchAsync(db, query, 50, CancellationToken.None);
            Assert.True(found.Any(h => h.Code.Length >= 6 && h.Code.StartsWith(code, StringComparison.Ordinal)), $"{query}: {string.Join(", ", found.Select(h => h.Code))}");
        }

        // The nine registry samples (NIB 9120001…); the demo programs add their own cohorts (9120002…, decision 0022).
        var businesses = await db.Businesses.Where(b => b.Nib.StartsWith("9120001")).Include(b => b.Products).Include(b => b.Assessments).Include(b => b.Certifications).ToListAsync();
        Assert.Equal(9, businesses.Count);
        Assert.Equal(4, await db.Programs.CountAsync());
        Assert.All(businesses, b => Assert.Equal(LampungPublished.Province, b.ProvinceCode));
        Assert.All(businesses, b => Assert.NotEmpty(b.Products));
        Assert.All(businesses, b => Assert.Single(b.Assessments));
        Assert.Contains(businesses, b => b.Certifications.Count > 0);
        Assert.Equal(3, businesses.Select(b => b.Assessments[0].Band).Distinct().Count());
        Assert.True(await db.ExportRecords.AnyAsync());
    }
}
