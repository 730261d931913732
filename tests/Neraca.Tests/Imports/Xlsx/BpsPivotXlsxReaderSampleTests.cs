using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;
using Xunit.Abstractions;

namespace Neraca.Tests.Imports.Xlsx;

public sealed class BpsPivotXlsxReaderSampleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedData.SampleFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void SampleFolder_HoldsFiveFiles_AllFound()
    {
        Assert.Equal(5, SharedData.SampleFiles.Length);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_SampleFile_NoErrorsAndAllChecksPass(string name)
    {
        var (context, facts) = ReadSample(name);

        Assert.Empty(context.Errors);
        Assert.Equal(0, context.ErrorCount);
        Assert.NotEmpty(context.Reconciliation);
        Assert.All(context.Reconciliation, check => Assert.True(check.Ok, check.ToString()));
        Assert.Equal(facts.Count, context.FactsEmitted);
        Assert.Equal(context.CellsRead, context.FactsEmitted + context.SkippedTotal);
        Assert.All(facts, f => Assert.Equal(Basis.Detail, f.Basis));
        Assert.All(facts, f => Assert.InRange(f.Month, (byte)1, (byte)12));
        Assert.All(facts, f => Assert.Contains(f.HsCode, new[] { "84", "85" }));
        Assert.All(facts, f => Assert.Equal(name.Contains("ekspor", StringComparison.Ordinal) ? Flow.Export : Flow.Import, f.Flow));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_SampleFile_FactsPerRowEqualIndependentSumAndRowTotal(string name)
    {
        var (context, facts) = ReadSample(name);
        var expected = IndependentSheetScan.DataRows(Path.Combine(SharedData.BpsFolder, name));

        var byRow = facts.GroupBy(f => f.Row).ToDictionary(g => g.Key, g => (Sum: g.Sum(f => f.ValueUsd), Count: g.Count(), Keys: g.Select(f => (f.HsCode, f.Year)).Distinct().Count()));
        Assert.Equal(expected.Select(r => r.Row), byRow.Keys.Order());
        decimal largest = 0;
        foreach (var row in expected)
        {
            var actual = byRow[row.Row];
            Assert.Equal(row.CellSum, actual.Sum);
            Assert.Equal(row.CellCount, actual.Count);
            Assert.Equal(1, actual.Keys);
            var difference = Math.Abs(actual.Sum - row.Total);
            Assert.True(difference <= PivotReconciler.HalfCent * row.CellCount, $"row {row.Row}: {difference}");
            largest = Math.Max(largest, difference);
        }

        output.WriteLine($"{name}: largest row difference {largest}, HS labels {string.Join("; ", context.HsLabels.Keys)}");
        Assert.True(largest <= 0.20m, $"largest row difference {largest}");
    }

    [Fact]
    public void Read_AllSamples_LargestDifferencesWithinObservedBoundsAndNonZero()
    {
        decimal largestRow = 0, largestColumn = 0;
        foreach (var file in SharedData.SampleFiles)
        {
            var (context, _) = ReadSample(Path.GetFileName(file));
            largestRow = Math.Max(largestRow, context.Reconciliation.Where(c => c.Kind == "row").Max(c => Math.Abs(c.Difference)));
            largestColumn = Math.Max(largestColumn, context.Reconciliation.Where(c => c.Kind == "column").Max(c => Math.Abs(c.Difference)));
        }

        output.WriteLine($"largest row difference {largestRow}, largest column difference {largestColumn}");
        Assert.InRange(largestRow, 0.01m, 0.20m);
        Assert.InRange(largestColumn, 0.01m, 0.03m);
    }

    [Fact]
    public void Read_FiveYearExportFile_HsLabelCarriesDownAndYearsMatchTitle()
    {
        var (_, facts) = ReadSample("exim_ekspor_2020_2024.xlsx");

        var keys = facts.Select(f => (f.HsCode, f.Year)).Distinct().Order().ToList();
        Assert.Equal(10, keys.Count);
        Assert.Equal(new short[] { 2020, 2021, 2022, 2023, 2024 }, keys.Select(k => k.Year).Distinct().Order());
    }

    [Fact]
    public void Read_ImportFile2020_IndonesianLabels()
    {
        var (context, _) = ReadSample("exim_impor_2020.xlsx");

        Assert.Contains(("84", "id"), context.HsLabels.Keys);
        Assert.Contains(("85", "id"), context.HsLabels.Keys);
    }

    [Fact]
    public void Read_ExportFile2025_EnglishLabelsAndUnspecifiedFirstCountry()
    {
        var (context, facts) = ReadSample("exim_ekspor_2025.xlsx");

        Assert.Equal("Machinery and mechanical appliances and part thereof", context.HsLabels[("84", "en")]);
        Assert.Contains(facts, f => f.Column == 4 && f.Country.Length == 0 && f.Port == "TANJUNG PRIOK");
    }

    [Fact]
    public void Read_ImportFile2025_KnownCellExact()
    {
        var (_, facts) = ReadSample("exim_impor_2025.xlsx");

        // F6 holds 8298.6 in the XML: SOEKARNO-HATTA (U), April, the first country block (AFGHANISTAN starts at E).
        var fact = Assert.Single(facts, f => f.Row == 6 && f.Column == 6);
        Assert.Equal(8298.6m, fact.ValueUsd);
        Assert.Equal(4, fact.Month);
        Assert.Equal("AFGHANISTAN", fact.Country);
        Assert.Equal("SOEKARNO-HATTA (U)", fact.Port);
        Assert.Equal((short)2025, fact.Year);
        Assert.Null(fact.ProvinceCode);
        Assert.Null(fact.NetWeightKg);
    }

    private static (ReadContext Context, List<RawFact> Facts) ReadSample(string name)
    {
        var context = new ReadContext(name);
        using var stream = File.OpenRead(Path.Combine(SharedData.BpsFolder, name));
        var facts = new BpsPivotXlsxReader().Read(stream, context).ToList();
        return (context, facts);
    }
}
