using System.Globalization;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.WebApi;

namespace Neraca.Tests.Imports.WebApi;

public class BpsWebApiReaderSampleTests
{
    private static (List<RawFact> Facts, ReadContext Context) ReadShared(string name, Flow? flow = null)
    {
        var path = ImportFiles.Shared(Path.Combine("bps", "webapi", name));
        var context = new ReadContext(name) { FlowOverride = flow };
        using var stream = File.OpenRead(path);
        var facts = new BpsWebApiReader().Read(stream, context).ToList();
        return (facts, context);
    }

    [Fact]
    public void AnnualSample_Reads686ExportFactsSummingExactly()
    {
        var (facts, context) = ReadShared("trade_exp_annual_03_2024.json");

        Assert.Empty(context.Errors);
        Assert.Equal(686, facts.Count);
        Assert.Equal(decimal.Parse("3995628247.491", CultureInfo.InvariantCulture), facts.Sum(f => f.ValueUsd));
        Assert.Equal(decimal.Parse("900823766.975", CultureInfo.InvariantCulture), facts.Sum(f => f.NetWeightKg ?? 0m));
        Assert.All(facts, f =>
        {
            Assert.Equal(Flow.Export, f.Flow);
            Assert.Equal(2024, f.Year);
            Assert.Equal(0, f.Month);
            Assert.Equal("03", f.HsCode);
            Assert.Equal(Basis.Detail, f.Basis);
        });
        Assert.Equal(686, context.CellsRead);
        Assert.Equal(686, context.FactsEmitted);
        Assert.Equal("Fish, crustaceans and mollusca", context.HsLabels[("03", "en")]);
    }

    [Fact]
    public void AnnualSample_NullPortIsUnspecified()
    {
        var (facts, _) = ReadShared("trade_exp_annual_03_2024.json");

        var unspecified = Assert.Single(facts, f => f.Port.Length == 0);
        Assert.Equal("MALAYSIA", unspecified.Country);
    }

    [Fact]
    public void AnnualSample_RowIndexIsOneBased()
    {
        var (facts, _) = ReadShared("trade_exp_annual_03_2024.json");

        Assert.Equal(Enumerable.Range(1, 686), facts.Select(f => f.Row));
        Assert.Equal(("BELAWAN", "ALBANIA", 2129015m), (facts[0].Port, facts[0].Country, facts[0].ValueUsd));
        Assert.Equal(decimal.Parse("25609.158", CultureInfo.InvariantCulture), facts[2].ValueUsd);
    }

    [Fact]
    public void MonthlySample_Reads4590FactsThatSumToTheAnnualPerPortAndCountry()
    {
        var (monthly, context) = ReadShared("trade_exp_monthly_03_2024.json");
        var (annual, _) = ReadShared("trade_exp_annual_03_2024.json");

        Assert.Empty(context.Errors);
        Assert.Equal(4590, monthly.Count);
        Assert.All(monthly, f => Assert.InRange(f.Month, (byte)1, (byte)12));
        Assert.Equal(6, monthly.Count(f => f.Port.Length == 0));

        var monthlySums = monthly.GroupBy(f => (f.Port, f.Country)).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd));
        var annualValues = annual.ToDictionary(f => (f.Port, f.Country), f => f.ValueUsd);
        Assert.Equal(annualValues.Count, monthlySums.Count);
        foreach (var (key, value) in annualValues)
        {
            Assert.Equal(value, monthlySums[key]);
        }
    }

    [Fact]
    public void Sample_FlowOverrideContradictingTheRequest_IsAnError()
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadShared("trade_exp_annual_03_2024.json", Flow.Import));

        Assert.Contains("--flow", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error_bad_key.json", "Please re-check your key")]
    [InlineData("error_data_missing_th.json", "'th' parameter is required")]
    [InlineData("data_list_not_available.json", "BPS has no data for this request (data-availability 'list-not-available')")]
    [InlineData("error_waf_block.json", "an HTML page (e.g. a firewall block page), not API data (HTTP 403), titled 'Perimeter WAF Block'")]
    public void ErrorRecording_IsReportedAsWhatItIs(string name, string expected)
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadShared(name, Flow.Export));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadKeyRecording_SaysTheApiAnsweredWithAnError()
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadShared("error_bad_key.json", Flow.Export));

        Assert.Contains("the BPS API answered with an error", ex.Message, StringComparison.Ordinal);
    }
}
