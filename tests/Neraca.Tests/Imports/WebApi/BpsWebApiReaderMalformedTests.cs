using System.Globalization;
using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.WebApi;

namespace Neraca.Tests.Imports.WebApi;

public class BpsWebApiReaderMalformedTests
{
    private static (List<RawFact> Facts, ReadContext Context) ReadFixture(string name, Flow? flow = null, int chunk = 0)
    {
        var bytes = File.ReadAllBytes(ImportFiles.Fixture(Path.Combine("webapi", name)));
        var context = new ReadContext(name) { FlowOverride = flow };
        using Stream stream = chunk > 0 ? new TrickleStream(bytes, chunk) : new MemoryStream(bytes);
        var facts = new BpsWebApiReader().Read(stream, context).ToList();
        return (facts, context);
    }

    private static ImportIssue SingleError(ReadContext context)
    {
        Assert.Equal(1, context.ErrorCount);
        return context.Errors[0];
    }

    [Fact]
    public void NegativeValue_IsAnErrorWithRowFieldAndValue()
    {
        var (facts, context) = ReadFixture("negative_value.json");

        var error = SingleError(context);
        Assert.Equal(2, error.Position.Row);
        Assert.Equal("value", error.Position.Column);
        Assert.Equal("-3", error.Value);
        ImportTexts.AssertSays(error.Reason, "value.negative", "negative value");
        Assert.Equal("negative_value.json, row 2, column value: negative value (value '-3')", error.ToString());
        Assert.Single(facts);
        Assert.Equal(2, context.CellsRead);
        Assert.Equal(1, context.Skipped["skip.rowerrors"]);
    }

    [Fact]
    public void Month13_IsAnError()
    {
        var (_, context) = ReadFixture("month_13.json");

        var error = SingleError(context);
        Assert.Equal((2L, "bulan", "[13] Tigabelas"), (error.Position.Row!.Value, error.Position.Column!, error.Value!));
        ImportTexts.AssertSays(error.Reason, "json.month", "not a month 1-12");
    }

    [Fact]
    public void TextValue_IsAnError()
    {
        var (facts, context) = ReadFixture("text_value.json");

        var error = SingleError(context);
        Assert.Equal((1L, "value", "n/a"), (error.Position.Row!.Value, error.Position.Column!, error.Value!));
        ImportTexts.AssertSays(error.Reason, "json.nan", "not a number");
        Assert.Empty(facts);
    }

    [Fact]
    public void FourDecimals_IsAnError()
    {
        var (_, context) = ReadFixture("four_decimals.json");

        var error = SingleError(context);
        Assert.Equal("10.1234", error.Value);
        ImportTexts.AssertSays(error.Reason, "json.decimals", "more than 3 decimals");
    }

    [Fact]
    public void DuplicateKey_IsAnErrorOnTheSecondRow()
    {
        var (facts, context) = ReadFixture("duplicate_key.json");

        var error = SingleError(context);
        Assert.Equal(2, error.Position.Row);
        ImportTexts.AssertSays(error.Reason, "json.duplicate", "duplicate row");
        Assert.Single(facts);
    }

    [Fact]
    public void MissingTahun_IsAnError()
    {
        var (_, context) = ReadFixture("missing_tahun.json", Flow.Import);

        var error = SingleError(context);
        Assert.Equal((1L, "tahun"), (error.Position.Row!.Value, error.Position.Column!));
        ImportTexts.AssertSays(error.Reason, "json.noyear", "missing tahun");
    }

    [Fact]
    public void TruncatedJson_NamesFileAndRow()
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadFixture("truncated.json"));

        Assert.StartsWith("truncated.json: not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("in data row 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.json", "empty.json: empty file")]
    [InlineData("no_rows.json", "holds no rows")]
    [InlineData("html_page.json", "an HTML page (e.g. a firewall block page), not API data, titled 'Access denied'")]
    public void UnreadableFile_IsAFileError(string name, string expected)
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadFixture(name, Flow.Export));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BareResponseWithoutFlow_AsksForFlow()
    {
        var ex = Assert.Throws<TradeFileException>(() => ReadFixture("bare_import.json"));

        Assert.Equal("bare_import.json: flow unknown: pass --flow", ex.Message);
    }

    [Fact]
    public void BareResponse_UsesFlowOverrideAndReadsAnnualRow()
    {
        var (facts, context) = ReadFixture("bare_import.json", Flow.Import);

        var fact = Assert.Single(facts);
        Assert.Empty(context.Errors);
        Assert.Equal((Flow.Import, (short)2024, (byte)0, "09", "", "JAPAN"), (fact.Flow, fact.Year, fact.Month, fact.HsCode, fact.Port, fact.Country));
        Assert.Equal(decimal.Parse("0.001", CultureInfo.InvariantCulture), fact.ValueUsd);
        Assert.Null(fact.NetWeightKg);
        Assert.Equal("Coffee", context.HsLabels[("09", "en")]);
    }

    [Fact]
    public void WrappedRequest_GivesImportFlowFromSumber()
    {
        var (facts, _) = ReadFixture("duplicate_key.json");

        Assert.All(facts, f => Assert.Equal(Flow.Import, f.Flow));
    }

    [Fact]
    public void StreamDeliveringFewBytesPerRead_GivesTheSameFacts()
    {
        var (whole, _) = ReadFixture("negative_value.json");
        var (trickled, context) = ReadFixture("negative_value.json", chunk: 7);

        Assert.Equal(whole, trickled);
        Assert.Equal(1, context.ErrorCount);
    }

    [Fact]
    public void Read_IsLazy()
    {
        var context = new ReadContext("x.json");
        using var stream = new MemoryStream();

        // Nothing is read until the facts are enumerated, so an importer can stream them.
        _ = new BpsWebApiReader().Read(stream, context);
        Assert.Equal(0, stream.Position);
    }

    /// <summary>Returns at most a few bytes per Read, as a slow network stream may, to exercise buffer refills.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
