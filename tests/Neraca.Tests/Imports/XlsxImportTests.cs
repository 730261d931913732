using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>The five real BPS pivot files through the whole pipeline, on both engines.</summary>
public class XlsxImportTests
{
    private static readonly string[] Samples =
        ["exim_ekspor_2020_2024.xlsx", "exim_ekspor_2025.xlsx", "exim_impor_2020.xlsx", "exim_impor_2024.xlsx", "exim_impor_2025.xlsx"];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_AllSampleXlsx_ReconciledAndStoredSumsEqualCells(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        foreach (var sample in Samples)
        {
            var path = RepoPaths.Shared("bps", sample);
            await using var db = database.NewContext();

            var summary = await new TradeImporter(db).ImportFileAsync(path, new ImportOptions());

            Assert.True(summary.Outcome == ImportOutcome.Imported, $"{sample}: {string.Join("; ", summary.Errors)}");
            Assert.Equal(0, summary.Reconciliation.Failed);
            Assert.True(summary.Reconciliation.Checks > 100, $"{sample}: only {summary.Reconciliation.Checks} checks");
            Assert.InRange(summary.Reconciliation.LargestDifference, 0m, 0.20m);
            Assert.Equal(summary.CellsRead, summary.FactsImported + summary.Skipped.Values.Sum());
            var expected = IndependentSums(path);
            var stored = await (from s in db.BatchScopes
                                where s.BatchId == summary.BatchId
                                group s by new { s.Hs2, s.Year } into g
                                select new { g.Key.Hs2, g.Key.Year, Milli = g.Sum(x => x.ValueMilli) }).ToListAsync();
            Assert.Equal(expected.Count, stored.Count);
            Assert.All(stored, s => Assert.Equal(expected[(s.Hs2, s.Year)], s.Milli));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportFileAsync_OneCellAlteredByOneDollar_RejectedAndNothingWritten(Engine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var altered = Xlsx.XlsxAlter.CopyWithSheetEdit(RepoPaths.Shared("bps", "exim_impor_2025.xlsx"), Path.Combine(Directory.CreateTempSubdirectory("neraca-").FullName, "exim_impor_2025.xlsx"), "<c r=\"F6\"><v>8298.6</v></c>", "<c r=\"F6\"><v>8299.6</v></c>");
        await using var db = database.NewContext();
        var before = await TableCounts.ReadAsync(db);

        var summary = await new TradeImporter(db).ImportFileAsync(altered, new ImportOptions());

        Assert.Equal(ImportOutcome.Rejected, summary.Outcome);
        Assert.Contains(summary.Errors, e => e.Code.StartsWith("pivot.columntotal", StringComparison.Ordinal) && e.Text.Contains("stated", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await TableCounts.ReadAsync(db));
    }

    /// <summary>Sums per HS chapter and year straight from the reader, without the database.</summary>
    private static Dictionary<(string, short), long> IndependentSums(string path)
    {
        using var stream = File.OpenRead(path);
        var context = new ReadContext(Path.GetFileName(path));
        return new BpsPivotXlsxReader().Read(stream, context)
            .GroupBy(f => (f.HsCode[..2], f.Year))
            .ToDictionary(g => g.Key, g => g.Sum(f => Money.ToMilli(f.ValueUsd)));
    }
}
