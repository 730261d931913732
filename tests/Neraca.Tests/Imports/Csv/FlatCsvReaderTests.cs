using System.Globalization;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Csv;

namespace Neraca.Tests.Imports.Csv;

public class FlatCsvReaderTests
{
    internal static (List<RawFact> Facts, ReadContext Context) ReadFixture(string name, Flow? flow = null)
    {
        var context = new ReadContext(name) { FlowOverride = flow };
        using var stream = File.OpenRead(ImportFiles.Fixture(Path.Combine("csv", name)));
        var facts = new FlatCsvReader().Read(stream, context).ToList();
        return (facts, context);
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void LampungJanuary2020Totals_ArePublishedTotals()
    {
        var (facts, context) = ReadFixture("lampung_totals_2020_01.csv");

        Assert.Empty(context.Errors);
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f =>
        {
            Assert.Equal(Basis.PublishedTotal, f.Basis);
            Assert.Equal(("", "", ""), (f.HsCode, f.Country, f.Port));
            Assert.Equal((short)18, f.ProvinceCode);
            Assert.Equal(((short)2020, (byte)1), (f.Year, f.Month));
            Assert.Null(f.NetWeightKg);
        });
        Assert.Equal((Flow.Export, 206_310_000m, 2), (facts[0].Flow, facts[0].ValueUsd, facts[0].Row));
        Assert.Equal((Flow.Import, 144_780_000m, 3), (facts[1].Flow, facts[1].ValueUsd, facts[1].Row));
        Assert.Equal(2, context.CellsRead);
        Assert.Equal(2, context.FactsEmitted);
    }

    [Fact]
    public void SemicolonWithDecimalComma_IsReadAndReported()
    {
        var (facts, context) = ReadFixture("semicolon_decimal_comma.csv");

        Assert.Empty(context.Errors);
        Assert.Equal([Dec("1234.56"), Dec("99.5"), 7m], facts.Select(f => f.ValueUsd));
        Assert.Equal("090111", facts[0].HsCode);
        Assert.Equal(Basis.Detail, facts[0].Basis);
        Assert.Equal((Flow.Import, "AU", "PANJANG"), (facts[1].Flow, facts[1].Country, facts[1].Port));
        Assert.Equal(((short)2024, (byte)0, (short?)null), (facts[2].Year, facts[2].Month, facts[2].ProvinceCode));
        var warning = Assert.Single(context.Warnings);
        ImportTexts.AssertSays(warning.Reason, "csv.separator.comma", "decimal comma detected");
        Assert.Equal(2, warning.Position.Row);
    }

    [Fact]
    public void IndonesianHeaders_AreAccepted()
    {
        var (facts, context) = ReadFixture("indonesian_headers.csv");

        Assert.Empty(context.Errors);
        Assert.Equal(2, facts.Count);
        Assert.Equal((Flow.Export, "0901", "JEPANG", Dec("1500.25"), (decimal?)300m), (facts[0].Flow, facts[0].HsCode, facts[0].Country, facts[0].ValueUsd, facts[0].NetWeightKg));
        Assert.Equal(Flow.Import, facts[1].Flow);
        Assert.Contains(context.Warnings, w => w.Says("csv.separator.point", "decimal point detected"));
    }

    [Fact]
    public void MillionUsdColumn_IsScaledExactly()
    {
        var (facts, context) = ReadFixture("million_usd.csv");

        Assert.Empty(context.Errors);
        Assert.Equal([206_310_000m, 144_780_000m, Dec("0.1")], facts.Select(f => f.ValueUsd));
        Assert.All(facts, f => Assert.Equal(Basis.PublishedTotal, f.Basis));
    }

    [Fact]
    public void FlowColumnMissing_UsesFlowOverride()
    {
        var (facts, context) = ReadFixture("missing_columns.csv", Flow.Export);

        // Still an error: no value column. The flow requirement alone is satisfied by --flow.
        Assert.DoesNotContain(context.Errors, e => e.Code == "csv.noflow");
        Assert.Contains(context.Errors, e => e.Says("csv.novalue", "value_usd"));
        Assert.Empty(facts);
    }

    [Fact]
    public void Read_EmptyProvince_LeftForTheImportToFill()
    {
        // --province is applied in one place (ImportRun.ProvinceOf), not by the readers.
        var (facts, _) = ReadFixture("semicolon_decimal_comma.csv");

        Assert.Null(facts[2].ProvinceCode);
    }

    [Fact]
    public void Read_IsLazy()
    {
        using var stream = new MemoryStream("period,flow,value_usd\n2024,export,1\n"u8.ToArray());

        _ = new FlatCsvReader().Read(stream, new ReadContext("x.csv"));
        Assert.Equal(0, stream.Position);
    }
}
